using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class DocumentType : ObjectGraphType<Document>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "A source document; evidence offsets point into its `text`.";
        Field(d => d.Id).Description("Stable id, e.g. `ketamine-glutamate`.");
        Field(d => d.Title).Description("The document's title.");
        Field(d => d.Text).Description("The full text exactly as received.");
        Field(d => d.File).Description("The text file, relative to the seed-data folder.");
        Field(d => d.Citation, nullable: true).Description("A bibliographic citation, where known.");
        Field(d => d.Url, nullable: true).Description("Where the document was published, where known.");
    }
}
