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

    /// <summary>No letter or digit at all, e.g. "!!!".</summary>
    NoWords,

    /// <summary>Only excluded words (each prefixed with <c>-</c>), e.g. "-bóng -đá": nothing to look for.</summary>
    OnlyExclusions,
}
