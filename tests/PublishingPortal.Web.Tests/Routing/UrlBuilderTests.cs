using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Tests.Routing;

/// <summary>
/// The exact strings the builders write where pages used to write them by hand (page 1 without <c>trang</c>,
/// parameter order, escaping), so moving the literals into the map changed no URL.
/// </summary>
public sealed class UrlBuilderTests
{
    public static TheoryData<string, string> Outputs => new()
    {
        { ReaderUrls.Article("hoi-nghi-2024"), "/tin-tuc/hoi-nghi-2024" },
        { ReaderUrls.ArticleFile("hoi-nghi-2024"), "/tin-tuc/hoi-nghi-2024/luu" },
        { ReaderUrls.Article("tin tức/2"), "/tin-tuc/tin%20t%E1%BB%A9c%2F2" },
        { ReaderUrls.Section("thoi-su"), "/chuyen-muc/thoi-su" },
        { ReaderUrls.Section("the-thao", 1), "/chuyen-muc/the-thao" },
        { ReaderUrls.Section("thoi-su", 2), "/chuyen-muc/thoi-su?trang=2" },
        { ReaderUrls.Tag("nong-thon-moi", 3), "/tu-khoa/nong-thon-moi?trang=3" },
        { ReaderUrls.SiteFeed, "/rss/tin-moi.xml" },
        { ReaderUrls.Feed("thoi-su"), "/rss/thoi-su.xml" },
        { ReaderUrls.SitemapArticles(2), "/sitemap/bai-viet-2.xml" },
        { ReaderUrls.ViewCount(42), "/luot-xem/42" },
        { ReaderUrls.ViewPixel(42), "/luot-xem/42.gif" },
        { ReaderUrls.FontSize(ReaderUrls.FontSizeLarger, "/tin-tuc/a-b"), "/co-chu/tang?returnUrl=%2Ftin-tuc%2Fa-b" },
        { ReaderUrls.Error(403), "/loi/403" },
        { ReaderUrls.Search(), "/tim-kiem" },
        { ReaderUrls.Search("  vấn đề ", "thoi-su", "01/02/2024", "", 2), "/tim-kiem?q=v%E1%BA%A5n%20%C4%91%E1%BB%81&chuyenmuc=thoi-su&tu=01%2F02%2F2024&trang=2" },
        { ReaderUrls.SearchActionTarget, "/tim-kiem?q={search_term_string}" },
        { AdminUrls.Articles(), "/admin/bai-viet" },
        { AdminUrls.Articles(ArticleStatus.Trashed), "/admin/bai-viet?trangthai=Trashed" },
        { AdminUrls.Articles(null, 3, null, "lễ", "cu-nhat", 1), "/admin/bai-viet?chuyenmuc=3&q=l%E1%BB%85&sapxep=cu-nhat" },
        { AdminUrls.ArticleEdit(42), "/admin/bai-viet/42" },
        { AdminUrls.ArticleAction(42, WorkflowAction.Submit), "/admin/bai-viet/42/gui-duyet" },
        { AdminUrls.ArticleAction(42, WorkflowAction.PassOn), "/admin/bai-viet/42/chuyen-duyet" },
        { AdminUrls.ArticleCorrectionApprove(42), "/admin/bai-viet/42/ban-sua/duyet" },
        { AdminUrls.RevisionCompare(42, 1, 2, AdminUrls.CompareInline), "/admin/bai-viet/42/phien-ban/so-sanh?tu=1&den=2&kieu=noi-dong" },
        { AdminUrls.RevisionRestore(42, 3), "/admin/bai-viet/42/phien-ban/3/khoi-phuc" },
        { AdminUrls.ArticlePhotos(42, 2), "/admin/bai-viet/42/anh?hinh=2" },
        { AdminUrls.ArticlePhotos(42, null, "ruộng", 1), "/admin/bai-viet/42/anh?q=ru%E1%BB%99ng" },
        { AdminUrls.ArticlePhotos(42, 3, "ruộng", 2), "/admin/bai-viet/42/anh?hinh=3&q=ru%E1%BB%99ng&trang=2" },
        { AdminUrls.ArticlePhotoUse(42, 7, 2), "/admin/bai-viet/42/anh/7?hinh=2" },
        { AdminUrls.Media(missingAltOnly: true), "/admin/anh?thieu-mo-ta=1" },
        { AdminUrls.Media("cầu", true, 1), "/admin/anh?q=c%E1%BA%A7u&thieu-mo-ta=1" },
        { AdminUrls.Media("cầu", false, 2), "/admin/anh?q=c%E1%BA%A7u&trang=2" },
        { AdminUrls.Users(1), "/admin/tai-khoan" },
        { AdminUrls.Users(2), "/admin/tai-khoan?trang=2" },
        { AdminUrls.Audit(), "/admin/nhat-ky" },
        { AdminUrls.Audit("hương", null, "25/04/2024", "", "10.0.", 1), "/admin/nhat-ky?nguoi=h%C6%B0%C6%A1ng&tu=25%2F04%2F2024&ip=10.0." },
        { AdminUrls.Audit(action: "sign-in", page: 3), "/admin/nhat-ky?hanhdong=sign-in&trang=3" },
        { AdminUrls.UserEdit("a b"), "/admin/tai-khoan/a%20b" },
        { AdminUrls.SignIn(), "/dang-nhap" },
        { AdminUrls.SignInCode("/admin"), "/dang-nhap/ma-xac-thuc?returnUrl=%2Fadmin" },
        { AdminUrls.SignInRecovery(""), "/dang-nhap/ma-khoi-phuc?returnUrl=" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Builder_WritesTheUrlPagesUsedToWrite(string built, string expected)
    {
        Assert.Equal(expected, built);
    }

    [Theory]
    [InlineData(WorkflowAction.Create)]
    [InlineData(WorkflowAction.Edit)]
    public void ArticleAction_WithoutOwnUrl_Throws(WorkflowAction action)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AdminUrls.ArticleAction(1, action));
    }

    [Fact]
    public void WithPage_BelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReaderUrls.WithPage("/chuyen-muc/x", 0));
    }
}
