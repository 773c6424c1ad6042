namespace PublishingPortal.Core.Search;

/// <summary>
/// One thing a query asks for (or, in <see cref="SearchPhrase.Excluded"/>, asks to leave out): a single word, or
/// several tokens that must occur consecutively, in this order (a quoted phrase, or an excluded word that
/// punctuation splits into tokens, such as <c>-COVID-19</c>). Indexes match a term as the phrase of its
/// <see cref="FoldedTokens"/>; a one-token term is simply that token.
/// </summary>
/// <param name="FoldedTokens">Folded tokens, at least one, e.g. [van, de] (<see cref="SearchText.FoldedTokens"/>).</param>
/// <param name="ExactTokens">Exact tokens of the same text, e.g. [vân1, đê2] (<see cref="SearchText.ExactTokens"/>);
/// used for ranking only.</param>
/// <param name="IsQuoted">True when the reader typed the term in double quotes.</param>
public sealed record SearchTerm(IReadOnlyList<string> FoldedTokens, IReadOnlyList<string> ExactTokens, bool IsQuoted);
