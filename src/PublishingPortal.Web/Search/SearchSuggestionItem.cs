namespace PublishingPortal.Web.Search;

/// <summary>One suggestion as the endpoint writes it (JSON <c>{"title": …, "url": …}</c>).</summary>
/// <param name="Title">The article's headline.</param>
/// <param name="Url">The article page's path, e.g. <c>/tin-tuc/hoi-nghi-tong-ket</c>.</param>
public sealed record SearchSuggestionItem(string Title, string Url);
