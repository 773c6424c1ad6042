using Microsoft.EntityFrameworkCore;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Site;
using PublishingPortal.Data;

namespace PublishingPortal.Web.Site;

/// <summary>
/// Demo site pages ("Giới thiệu", "Liên hệ" and their English versions "About", "Contact"), written for this
/// project, seeded with the demo content (<c>Site:SeedDemoContent</c>) when the database has no site page. Not
/// audited: a system task at start.
/// </summary>
public sealed class SitePageSeeder
{
    private readonly PortalDbContext _db;
    private readonly ArticleBodyRenderer _renderer;
    private readonly TimeProvider _clock;

    /// <summary>Creates the seeder.</summary>
    /// <param name="db">The context.</param>
    /// <param name="renderer">Markdown renderer.</param>
    /// <param name="clock">Clock.</param>
    public SitePageSeeder(PortalDbContext db, ArticleBodyRenderer renderer, TimeProvider clock)
    {
        _db = db;
        _renderer = renderer;
        _clock = clock;
    }

    /// <summary>Seeds the demo pages when there is no site page.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when done.</returns>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await _db.SitePages.AnyAsync(cancellationToken))
        {
            return;
        }

        var about = Page(SitePage.Vietnamese, "gioi-thieu", "Giới thiệu", 1, AboutVi);
        var contact = Page(SitePage.Vietnamese, "lien-he", "Liên hệ", 2, ContactVi);
        _db.SitePages.AddRange(about, contact);
        await _db.SaveChangesAsync(cancellationToken);

        var aboutEn = Page(SitePage.English, "about", "About", 1, AboutEn);
        aboutEn.VietnamesePageId = about.Id;
        var contactEn = Page(SitePage.English, "contact", "Contact", 2, ContactEn);
        contactEn.VietnamesePageId = contact.Id;
        _db.SitePages.AddRange(aboutEn, contactEn);
        await _db.SaveChangesAsync(cancellationToken);
    }

    private SitePage Page(string language, string slug, string title, int order, string body) => new()
    {
        Language = language,
        Slug = slug,
        Title = title,
        BodyMarkdown = body,
        BodyHtml = _renderer.Render(body, []),
        SortOrder = order,
        ShowInFooter = language == SitePage.Vietnamese,
        UpdatedAt = _clock.GetUtcNow(),
    };

    private const string AboutVi = """
        Cổng thông tin điện tử là kênh thông tin chính thức của chính quyền tỉnh trên Internet, do Văn phòng Ủy ban
        nhân dân tỉnh quản lý và Trung tâm Thông tin – Công báo vận hành.

        ## Nhiệm vụ

        - Đăng tin tức, sự kiện về hoạt động chỉ đạo, điều hành của tỉnh.
        - Công khai văn bản quy phạm pháp luật, quy hoạch, kế hoạch và dự toán ngân sách.
        - Hướng dẫn thủ tục hành chính và tiếp nhận ý kiến của người dân, doanh nghiệp.

        ## Cơ cấu tổ chức

        Ban Biên tập gồm Trưởng ban (Chánh Văn phòng Ủy ban nhân dân tỉnh), các Phó Trưởng ban và thành viên là
        đại diện các sở, ban, ngành. Bộ phận thường trực đặt tại Trung tâm Thông tin – Công báo.

        Thông tin liên hệ xem tại trang [Liên hệ](/trang/lien-he).
        """;

    private const string ContactVi = """
        ## Ban Biên tập Cổng thông tin điện tử

        Bộ phận thường trực: Trung tâm Thông tin – Công báo, Văn phòng Ủy ban nhân dân tỉnh.

        - Giờ làm việc: sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu.
        - Gửi tin, bài, ảnh: qua thư điện tử của Ban Biên tập ghi ở chân trang, kèm họ tên và số điện thoại của người gửi.
        - Phản ánh, kiến nghị về thủ tục hành chính: gửi qua mục Hỏi – đáp hoặc đến trực tiếp Bộ phận một cửa.

        Ban Biên tập không trả lời các thư không ghi rõ họ tên, địa chỉ người gửi.
        """;

    private const string AboutEn = """
        The e-portal is the provincial government's official source of information on the Internet. It is managed
        by the Office of the Provincial People's Committee and run by its Information and Official Gazette Centre.

        ## What the portal does

        - Publishes news about the province's direction and administration.
        - Makes public legal documents, plans, master plans and budget estimates.
        - Explains administrative procedures and receives feedback from citizens and businesses.

        ## Organisation

        The Editorial Board is chaired by the Chief of the Office of the Provincial People's Committee, with deputy
        chairs and members from the provincial departments. Its standing unit sits in the Information and Official
        Gazette Centre.

        For contact details, see [Contact](/en/contact).
        """;

    private const string ContactEn = """
        ## Editorial Board of the e-portal

        Standing unit: Information and Official Gazette Centre, Office of the Provincial People's Committee.

        - Office hours: 7:30–11:30 and 13:30–17:00, Monday to Friday (UTC+7).
        - News, articles and photos: by e-mail to the Editorial Board's address in the footer, with the sender's
          name and phone number.
        - Questions about administrative procedures: through the Q&A section, or in person at the one-stop desk.

        The Editorial Board does not answer letters without the sender's name and address.
        """;
}
