using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PublishingPortal.Web.Tests;

/// <summary>
/// An HTTP client that keeps cookies and submits the page's real forms (hidden fields and the
/// antiforgery token included), the way a browser without JavaScript would.
/// </summary>
public sealed class BrowserLikeClient : IDisposable
{
    private readonly HttpClient _client;

    public BrowserLikeClient(HttpClient client)
    {
        _client = client;
    }

    public HttpClient Http => _client;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var (response, document) = await GetAsync(url);
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        }

        return document;
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, finds the form (by CSS selector, default the first form in main),
    /// fills in <paramref name="values"/> over the form's own fields, and posts it to its action.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IDictionary<string, string>? values = null, string formSelector = "main form", string? submitName = null, string? submitValue = null)
    {
        var page = await GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        return await SubmitAsync(form, pageUrl, values, submitName, submitValue);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlFormElement form, string pageUrl, IDictionary<string, string>? values = null, string? submitName = null, string? submitValue = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(input.Name, input.Value));
                        }
                    }
                    else
                    {
                        fields.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(select.Name, option.Value));
                    }

                    break;
            }
        }

        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                fields.RemoveAll(f => f.Key == name);
                fields.Add(new(name, value));
            }
        }

        if (submitName is not null)
        {
            fields.Add(new(submitName, submitValue ?? ""));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(target, content);
    }

    public void Dispose() => _client.Dispose();
}
