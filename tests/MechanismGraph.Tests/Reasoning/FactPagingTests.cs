using MechanismGraph.Reasoning;
using MechanismGraph.Tests.Export;

namespace MechanismGraph.Tests.Reasoning;

public sealed class FactPagingTests
{
    private static readonly ReasoningServices Reasoning = ExportHarness.Reasoning();

    [Theory]
    [InlineData(null)]
    [InlineData("ketamine")]
    [InlineData("NMDA receptor")]
    public async Task Facts_ReadPageByPageWithAfter_AreTheWholeListWithoutGapsOrRepeats(string? about)
    {
        var ct = TestContext.Current.CancellationToken;
        var all = (await Reasoning.Facts.FactsAsync(about, 100, ct)).Select(f => f.Relation.Id).ToArray();
        var paged = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await Reasoning.Facts.PageAsync(about, 3, after, ct);
            paged.AddRange(page.Facts.Select(f => f.Relation.Id));
            if (!page.HasMore) break;
            after = page.Facts[^1].Relation.Id;
        }

        Assert.True(all.Length > 3);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task Facts_AfterARelationNotAboutTheEntity_IsBadUserInput()
    {
        var error = await Assert.ThrowsAsync<MechanismGraphException>(() =>
            Reasoning.Facts.PageAsync("ketamine", 5, "glutamate-excites-neuron", TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal("after", error.Details["argument"]);
    }
}
