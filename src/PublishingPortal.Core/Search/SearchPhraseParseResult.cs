namespace PublishingPortal.Core.Search;

/// <summary>The outcome of <see cref="SearchPhrase.Parse"/>: a phrase, or why there is none.</summary>
/// <param name="Phrase">The usable phrase; null when <paramref name="Error"/> is not <see cref="SearchPhraseError.None"/>.</param>
/// <param name="Error">What is wrong with the query.</param>
/// <param name="Length">Characters of the trimmed NFC query (the figure compared with <see cref="SearchPhrase.MaxLength"/>).</param>
public sealed record SearchPhraseParseResult(SearchPhrase? Phrase, SearchPhraseError Error, int Length);
