using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PublishingPortal.Web.Accounts;
using PublishingPortal.Web.Areas.Admin.Models.Site;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Routing;
using PublishingPortal.Web.Sections;
using PublishingPortal.Web.Site;

namespace PublishingPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Site settings at <c>/admin/cai-dat-trang</c> (Administrators): the site name and logo and the agency's identity
/// shown in every page's footer, and the home page's section blocks and their order (issue 11). A save is refused whole with Vietnamese messages when any field is invalid; a
/// valid save is audited (the changed fields) and seen by the next reader request (the cached view and reader pages
/// are dropped). The logo goes through the media library's checks like any uploaded photo.
/// </summary>
[Authorize(Policy = PortalPolicies.Administration)]
public sealed class SiteSettingsController : AdminController
{
    private readonly SiteSettingsStore _store;
    private readonly MediaLibrary _library;
    private readonly MediaMarkup _markup;
    private readonly CurrentEditor _editor;
    private readonly TimeProvider _clock;
    private readonly CategoryAdministration _sections;

    /// <summary>Creates the controller.</summary>
    /// <param name="store">Settings and eviction.</param>
    /// <param name="library">Media library, for the logo.</param>
    /// <param name="markup">Stored variant paths.</param>
    /// <param name="editor">The uploader.</param>
    /// <param name="clock">Clock.</param>
    /// <param name="sections">Sections, for the home-page blocks list.</param>
    public SiteSettingsController(
        SiteSettingsStore store, MediaLibrary library, MediaMarkup markup, CurrentEditor editor, TimeProvider clock, CategoryAdministration sections)
    {
        _sections = sections;
        _store = store;
        _library = library;
        _markup = markup;
        _editor = editor;
        _clock = clock;
    }

    /// <summary>GET <c>/admin/cai-dat-trang</c>: the form with the stored values.</summary>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>The form.</returns>
    [HttpGet(AdminUrls.SiteSettingsTemplate)]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var form = SiteSettingsForm.From(await _store.ForEditAsync(cancellationToken));
        form.HomeSectionRows = await HomeSectionRowsAsync(cancellationToken);
        return View(form);
    }

    /// <summary>POST <c>/admin/cai-dat-trang</c> (multipart): saves every field, or nothing with the reasons.</summary>
    /// <param name="form">The form.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <returns>Redirect to the form with a notice, or the form with errors (400).</returns>
    [HttpPost(AdminUrls.SiteSettingsTemplate)]
    [RequestSizeLimit(50 * 1024 * 1024)]
    public async Task<IActionResult> Edit(SiteSettingsForm form, CancellationToken cancellationToken)
    {
        var row = await _store.ForEditAsync(cancellationToken);
        form.LogoPath = row.LogoPath;
        ModelState.Clear();
        AddErrors(form.Validate());
        form.HomeSectionRows = await HomeSectionRowsAsync(cancellationToken);
        var homeSections = form.HomeSectionIds(form.HomeSectionRows.Select(r => r.Id).ToList(), out var homeError);
        if (homeError is not null)
        {
            ModelState.AddModelError(nameof(form.HomeOrder), homeError);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        string? logoPath = row.LogoPath;
        int? logoId = row.LogoMediaId;
        if (form.Logo is { Length: > 0 } file)
        {
            var editor = await _editor.GetAsync(cancellationToken);
            await using var stream = file.OpenReadStream();
            var details = new MediaDetails("Logo " + form.SiteName!.Trim(), false, "", null);
            var upload = await _library.UploadAsync(stream, file.FileName, details, editor.UserId, editor.Name, cancellationToken);
            if (upload.Asset is null)
            {
                ModelState.AddModelError(nameof(form.Logo), upload.Error ?? "Không nhận được tệp logo.");
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(form);
            }

            logoId = upload.Asset.Id;
            logoPath = _markup.StoredPath(upload.Asset.Key);
        }
        else if (form.RemoveLogo)
        {
            logoId = null;
            logoPath = null;
        }

        var changed = new List<string>();
        Set(row.SiteName, form.SiteName, v => row.SiteName = v, "tên trang", changed);
        Set(row.AgencyName, form.AgencyName, v => row.AgencyName = v, "cơ quan chủ quản", changed);
        Set(row.Address, form.Address, v => row.Address = v, "địa chỉ", changed);
        Set(row.Phone, form.Phone, v => row.Phone = v, "điện thoại", changed);
        Set(row.Email, form.Email, v => row.Email = v, "thư điện tử", changed);
        Set(row.ResponsiblePerson, form.ResponsiblePerson, v => row.ResponsiblePerson = v, "người chịu trách nhiệm", changed);
        Set(row.Licence, form.Licence, v => row.Licence = v, "giấy phép", changed);
        Set(row.FooterLinks, Lines(form.FooterLinks), v => row.FooterLinks = v, "liên kết chân trang", changed);
        Set(row.SocialLinks, Lines(form.SocialLinks), v => row.SocialLinks = v, "mạng xã hội", changed);
        Set(row.HomeSectionIds, homeSections, v => row.HomeSectionIds = v, "khối chuyên mục trang chủ", changed);
        if (logoPath != row.LogoPath)
        {
            row.LogoPath = logoPath;
            row.LogoMediaId = logoId;
            changed.Add("logo");
        }

        if (changed.Count == 0)
        {
            Flash("Không có gì thay đổi.");
            return Redirect(AdminUrls.SiteSettings);
        }

        row.UpdatedAt = _clock.GetUtcNow();
        await _store.SaveAsync(changed, cancellationToken);
        Flash("Đã lưu cài đặt trang; bạn đọc thấy ngay.");
        return Redirect(AdminUrls.SiteSettings);
    }

    // Top-level sections in menu order, each followed by its children (the order the blocks list shows them in).
    private async Task<IReadOnlyList<HomeSectionRow>> HomeSectionRowsAsync(CancellationToken cancellationToken)
    {
        return (await _sections.ListAsync(cancellationToken)).Select(c => new HomeSectionRow(c.Id, c.Name, c.ParentId is not null)).ToList();
    }

    private static void Set(string current, string? value, Action<string> set, string label, List<string> changed)
    {
        var trimmed = (value ?? "").Trim();
        if (trimmed != current)
        {
            set(trimmed);
            changed.Add(label);
        }
    }

    // Stored with "\n" line ends and no blank lines, so the same list typed again is no change.
    private static string Lines(string? text) => string.Join('\n', (text ?? "")
        .Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
