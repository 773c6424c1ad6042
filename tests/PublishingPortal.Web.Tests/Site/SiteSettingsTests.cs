using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Site;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Imaging;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Site;

/// <summary>Site settings at /admin/cai-dat-trang: refusals, live change for readers, audit, rights, logo.</summary>
public sealed class SiteSettingsTests : IClassFixture<PortalFactory>
{
    private const string Url = "/admin/cai-dat-trang";
    private readonly PortalFactory _factory;

    public SiteSettingsTests(PortalFactory factory)
    {
        _factory = factory;
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "SiteName", "", "Tên trang cần từ 1 đến 200 ký tự." },
        { "SiteName", new string('a', 201), "Tên trang cần từ 1 đến 200 ký tự." },
        { "AgencyName", new string('b', 301), "Tên cơ quan chủ quản tối đa 300 ký tự." },
        { "Address", new string('c', 301), "Địa chỉ tối đa 300 ký tự." },
        { "ResponsiblePerson", new string('d', 301), "Tên người chịu trách nhiệm nội dung tối đa 300 ký tự." },
        { "Licence", new string('e', 301), "Giấy phép tối đa 300 ký tự." },
        { "Phone", "gọi 0236", "Số điện thoại chỉ gồm chữ số" },
        { "Phone", "12345", "Số điện thoại chỉ gồm chữ số" },
        { "Email", "ban-bien-tap", "Địa chỉ thư điện tử không hợp lệ" },
        { "Email", "Ban BT <bbt@tinh.gov.vn>", "Địa chỉ thư điện tử không hợp lệ" },
        { "FooterLinks", "Xấu | javascript:alert(1)", "Dòng 1: địa chỉ phải bắt đầu bằng http://, https:// hoặc /" },
        { "FooterLinks", "Tốt | https://tinh.gov.vn\nkhông có gạch đứng", "Dòng 2: hãy viết theo dạng" },
        { "SocialLinks", "Facebook | ftp://facebook.com/tinh", "Mạng xã hội: Dòng 1: địa chỉ phải bắt đầu" },
        { "SocialLinks", "Zalo | //zalo.me/tinh", "Mạng xã hội: Dòng 1: địa chỉ phải bắt đầu" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Save_InvalidField_VietnameseMessage_NothingChanged_NotAudited(string field, string value, string message)
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var before = await _factory.WithDbAsync(db => db.SiteSettings.AsNoTracking().SingleAsync());
        var auditsBefore = await AuditCountAsync();

        using var response = await admin.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Phone"] = "0236 3822 999",
            [field] = value,
        }, "form.site-settings");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var error = document.QuerySelector($"[data-valmsg-for={field}]")!.TextContent;
        Assert.Contains(message, error, StringComparison.Ordinal);
        var after = await _factory.WithDbAsync(db => db.SiteSettings.AsNoTracking().SingleAsync());
        Assert.Equal(before.Phone, after.Phone);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(auditsBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task Save_Valid_NextReaderRequestShowsIt_AndIsAudited()
    {
        using var reader = _factory.CreateReader();

        // Prime the output cache and the settings cache with the old values.
        var first = await PortalFactory.GetDocumentAsync(reader, "/");
        Assert.Null(first.QuerySelector(".site-footer a[href^='tel:']"));
        Assert.DoesNotContain("Thử Nghiệm", await reader.GetStringAsync("/rss/tin-moi.xml"), StringComparison.Ordinal);
        var phone = "(0236) 3822." + Random.Shared.Next(100, 999);
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;

        using var response = await admin.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["SiteName"] = "Cổng Thông tin điện tử tỉnh Thử Nghiệm",
            ["AgencyName"] = "Ủy ban nhân dân tỉnh Thử Nghiệm",
            ["Address"] = "Số 1 đường Trần Phú, thành phố Thử Nghiệm",
            ["Phone"] = phone,
            ["Email"] = "banbientap@thunghiem.gov.vn",
            ["ResponsiblePerson"] = "Nguyễn Văn An, Chánh Văn phòng",
            ["Licence"] = "Giấy phép số 99/GP-TTĐT ngày 01/3/2024",
            ["FooterLinks"] = "Chính phủ | https://chinhphu.vn\r\n\r\nTìm kiếm | /tim-kiem",
            ["SocialLinks"] = "Facebook | https://facebook.com/thunghiem",
        }, "form.site-settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        var footer = home.QuerySelector(".site-footer")!;
        Assert.Equal(phone, footer.QuerySelector("a[href^='tel:']")!.TextContent);
        Assert.Equal("tel:02363822" + phone[^3..], footer.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal("mailto:banbientap@thunghiem.gov.vn", footer.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Contains("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thử Nghiệm", footer.TextContent, StringComparison.Ordinal);
        Assert.Contains("Số 1 đường Trần Phú", footer.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chịu trách nhiệm nội dung: Nguyễn Văn An", footer.TextContent, StringComparison.Ordinal);
        Assert.Contains("Giấy phép số 99/GP-TTĐT", footer.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://chinhphu.vn", footer.QuerySelector(".footer-links a[href='https://chinhphu.vn']")!.GetAttribute("href"));
        Assert.NotNull(footer.QuerySelector(".footer-links a[href='/tim-kiem']"));
        Assert.NotNull(footer.QuerySelector(".social-links a[href='https://facebook.com/thunghiem']"));
        Assert.Equal("Cổng Thông tin điện tử tỉnh Thử Nghiệm", home.QuerySelector(".site-name")!.TextContent.Trim());
        Assert.EndsWith("| Cổng Thông tin điện tử tỉnh Thử Nghiệm", home.Title, StringComparison.Ordinal);

        // Feeds and the news sitemap name the publication as editors set it, not as deployed.
        var feed = System.Xml.Linq.XDocument.Parse(await reader.GetStringAsync("/rss/tin-moi.xml"));
        Assert.Equal("Cổng Thông tin điện tử tỉnh Thử Nghiệm - Tin mới", feed.Root!.Element("channel")!.Element("title")!.Value);
        Assert.Contains("<news:name>Cổng Thông tin điện tử tỉnh Thử Nghiệm</news:name>", await reader.GetStringAsync("/sitemap-tin-tuc.xml"), StringComparison.Ordinal);

        var audit = await _factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Action == SiteAuditActions.SettingsChanged).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Contains("điện thoại", audit.Details, StringComparison.Ordinal);
        Assert.Contains("liên kết chân trang", audit.Details, StringComparison.Ordinal);
        Assert.Equal("SiteSettings", audit.Target);
        Assert.NotNull(audit.UserId);
    }

    [Fact]
    public async Task Logo_UploadedThroughLibraryChecks_ShownInHeader_BadFileRefused()
    {
        using var admin = (await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Administrator)).Client;
        var form = (IHtmlFormElement)(await admin.GetDocumentAsync(Url)).QuerySelector("form.site-settings")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var name = form.QuerySelector<IHtmlInputElement>("input[name=SiteName]")!.Value;
        var mediaBefore = await _factory.WithDbAsync(db => db.MediaAssets.CountAsync());

        using var refused = await PostLogoAsync(admin, token, name, "logo.png", "khong phai anh"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedPage = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(refusedPage.QuerySelector("[data-valmsg-for=Logo]")!.TextContent));
        Assert.Equal(mediaBefore, await _factory.WithDbAsync(db => db.MediaAssets.CountAsync()));

        var file = Path.Combine(_factory.Root, "logo-" + Guid.NewGuid().ToString("N") + ".jpg");
        DemoImageGenerator.Write(file, (0.8, 0.1, 0.1), (0.9, 0.8, 0.1));
        using var accepted = await PostLogoAsync(admin, token, name, "logo.jpg", await File.ReadAllBytesAsync(file));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var settings = await _factory.WithDbAsync(db => db.SiteSettings.AsNoTracking().SingleAsync());
        Assert.NotNull(settings.LogoMediaId);
        using var reader = _factory.CreateReader();
        var home = await PortalFactory.GetDocumentAsync(reader, "/");
        var logo = home.QuerySelector(".site-header img.site-logo")!.GetAttribute("src")!;
        Assert.Equal(settings.LogoPath, logo);
        using var image = await reader.GetAsync(logo);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(NewsroomRoles.Publisher)]
    [InlineData(NewsroomRoles.Editor)]
    [InlineData(NewsroomRoles.Reporter)]
    public async Task NonAdministrator_Forbidden(string role)
    {
        using var client = (await StaffAccounts.SignInAsNewAsync(_factory, role)).Client;
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Url)).Response.StatusCode);
        var token = (await client.GetDocumentAsync("/admin/ho-so")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var before = await _factory.WithDbAsync(db => db.SiteSettings.AsNoTracking().SingleAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["SiteName"] = "Lén đổi tên", ["__RequestVerificationToken"] = token }),
        };
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.SiteName, (await _factory.WithDbAsync(db => db.SiteSettings.AsNoTracking().SingleAsync())).SiteName);
    }

    private static async Task<HttpResponseMessage> PostLogoAsync(BrowserLikeClient client, string token, string siteName, string fileName, byte[] bytes)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(part, "Logo", fileName);
        content.Add(new StringContent(siteName), "SiteName");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync(Url, content);
    }

    private Task<int> AuditCountAsync() =>
        _factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == SiteAuditActions.SettingsChanged));
}
