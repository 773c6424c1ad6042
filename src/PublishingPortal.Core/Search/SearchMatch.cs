namespace PublishingPortal.Core.Search;

/// <summary>How many of a query's terms an article must hold (see <see cref="ArticleSearchRequest.Match"/>).</summary>
public enum SearchMatch
{
    /// <summary>Every term of <see cref="SearchPhrase.Terms"/>, in any order and anywhere in the article.</summary>
    AllTerms,

    /// <summary>
    /// At least one term, articles holding more of the terms ranked first: the "Kết quả gần đúng" fallback the
    /// search page runs when <see cref="AllTerms"/> finds nothing for a query of two or more terms (issue 12).
    /// Exclusions still apply.
    /// </summary>
    MostTerms,
}
