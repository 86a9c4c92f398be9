using GraphQL.Types;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType(ReasoningServices reasoning)
    {
        Name = "Evidence";
        Description = "A verbatim span of a source document: `quote` equals the document's text from `start` to `end`.";
        Field(e => e.Quote).Description("The document's own words, exactly as written (typographic quotes included).");
        Field(e => e.Start).Description("Offset of the quote's first character in the document text (0-based, UTF-16 code units).");
        Field(e => e.End).Description("Offset just past the quote's last character.");
        Field<NonNullGraphType<StringGraphType>>("document").Description("The id of the document quoted.").Resolve(ctx => ctx.Source.DocumentId);
        Field<NonNullGraphType<DocumentType>>("source").Description("The document quoted, with its title and full text.")
            .ResolveAsync(async ctx => await reasoning.Lookup.DocumentAsync(ctx.Source.DocumentId, "document", ctx.CancellationToken));
    }
}
