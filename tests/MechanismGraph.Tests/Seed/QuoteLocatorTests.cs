using MechanismGraph.Seed;

namespace MechanismGraph.Tests.Seed;

public sealed class QuoteLocatorTests
{
    private const string Text = "Ketamine\u2019s action  can\nalso promote \u201Csynaptogenesis\u201D. Next sentence.";

    [Fact]
    public void StraightQuotesAndCollapsedWhitespace_MatchTypographicOriginal_WithOriginalOffsets()
    {
        var span = new QuoteLocator(Text).Find("Ketamine's action can also promote \"synaptogenesis\"");

        Assert.NotNull(span);
        Assert.Equal(0, span.Value.Start);
        Assert.Equal("Ketamine\u2019s action  can\nalso promote \u201Csynaptogenesis\u201D", Text[span.Value.Start..span.Value.End]);
    }

    [Fact]
    public void MatchIsCaseSensitive_BecauseQuotesAreVerbatim()
    {
        Assert.Null(new QuoteLocator(Text).Find("KETAMINE's action"));
    }

    [Fact]
    public void ClosestPassage_IsTheSentenceSharingMostWords()
    {
        Assert.Equal("Next sentence.", new QuoteLocator(Text).ClosestPassage("next sentences"));
    }
}
