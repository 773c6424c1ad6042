namespace PublishingPortal.Core.Search;

/// <summary>Why a reader's query cannot be searched (see <see cref="SearchPhrase.Parse"/>).</summary>
public enum SearchPhraseError
{
    /// <summary>The query is usable.</summary>
    None,

    /// <summary>Nothing but white space.</summary>
    Empty,

    /// <summary>Longer than <see cref="SearchPhrase.MaxLength"/> characters (NFC, trimmed).</summary>
    TooLong,

    /// <summary>Holds search-engine syntax (quotes, <c>*</c>, <c>:</c>, parentheses, a leading <c>-</c>, AND/OR/NOT/NEAR).</summary>
    Operators,

    /// <summary>No letter or digit at all, e.g. "!!!".</summary>
    NoWords,
}
