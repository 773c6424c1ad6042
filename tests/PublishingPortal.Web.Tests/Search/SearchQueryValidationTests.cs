using System.Net;

namespace PublishingPortal.Web.Tests.Search;

public sealed class SearchQueryValidationTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public SearchQueryValidationTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData("/tim-kiem?q=", "Hãy nhập từ khóa cần tìm.")]
    [InlineData("/tim-kiem?q=%20%20%20", "Hãy nhập từ khóa cần tìm.")]
    [InlineData("/tim-kiem?chuyenmuc=thoi-su", "Hãy nhập từ khóa cần tìm.")]
    [InlineData("/tim-kiem?q=!!!", "Từ khóa cần có ít nhất một chữ cái hoặc chữ số.")]
    [InlineData("/tim-kiem?q=%00%01", "Từ khóa cần có ít nhất một chữ cái hoặc chữ số.")]
    [InlineData("/tim-kiem?q=-x", "Từ khóa chỉ có các từ loại trừ")]
    [InlineData("/tim-kiem?q=-b%C3%B3ng%20-%22%C4%91%C3%A1%20b%C3%B3ng%22", "Từ khóa chỉ có các từ loại trừ")]
    public async Task Search_BadQuery_MessageAndOk(string url, string message)
    {
        var (status, page, _) = await SearchPages.GetAsync(_factory, url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, SearchPages.Error(page), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".search-count"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("\"vấn đề\"")]
    [InlineData("vấn*")]
    [InlineData("NEAR(a b)")]
    [InlineData("a OR b")]
    [InlineData("Title:x")]
    [InlineData("a AND NOT b")]
    [InlineData("{Title} ^x")]
    [InlineData("\"unbalanced")]
    public async Task Search_OperatorsAndSyntax_AreText_NeverRefused(string query)
    {
        var (status, page, _) = await SearchPages.GetAsync(_factory, SearchPages.Url(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(SearchPages.Error(page));
        Assert.NotNull(page.QuerySelector(".search-count"));
    }

    [Fact]
    public async Task Search_201Characters_TooLongMessage_200Accepted()
    {
        var (tooLongStatus, tooLong, _) = await SearchPages.GetAsync(_factory, SearchPages.Url(new string('a', 201)));
        var (okStatus, ok, _) = await SearchPages.GetAsync(_factory, SearchPages.Url(new string('a', 200)));

        Assert.Equal(HttpStatusCode.OK, tooLongStatus);
        Assert.Contains("Từ khóa dài 201 ký tự, quá giới hạn 200 ký tự.", SearchPages.Error(tooLong), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Null(SearchPages.Error(ok));
        Assert.NotNull(ok.QuerySelector(".search-count"));
    }

    [Fact]
    public async Task Search_VeryLongQueryString_NoServerError()
    {
        var (status, page, _) = await SearchPages.GetAsync(_factory, SearchPages.Url(string.Concat(Enumerable.Repeat("đề ", 1500))));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("quá giới hạn", SearchPages.Error(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadQuery_KeptInTheBoxEncoded()
    {
        var (_, page, _) = await SearchPages.GetAsync(_factory, SearchPages.Url("-\"<b>x</b>\" -y"));

        Assert.Equal("-\"<b>x</b>\" -y", page.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#search-q")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Search_BarePage_PromptWithoutError()
    {
        var (status, page, _) = await SearchPages.GetAsync(_factory, "/tim-kiem");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(SearchPages.Error(page));
        Assert.NotNull(page.QuerySelector(".search-prompt"));
        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        foreach (var name in new[] { "q", "chuyenmuc", "tu", "den" })
        {
            var field = form.QuerySelector($"[name={name}]")!;
            Assert.NotNull(page.QuerySelector($"label[for='{field.Id}']"));
        }
    }

    [Fact]
    public async Task Layout_HeaderSearchBox_GetFormWithLabelledInput()
    {
        using var client = _factory.CreateReader();
        var home = await PortalFactory.GetDocumentAsync(client, "/");

        var form = home.QuerySelector("header form[role=search]")!;
        Assert.Equal("/tim-kiem", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Null(form.QuerySelector("input[name=__RequestVerificationToken]"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.False(string.IsNullOrWhiteSpace(home.QuerySelector($"label[for='{input.Id}']")!.TextContent));
    }
}
