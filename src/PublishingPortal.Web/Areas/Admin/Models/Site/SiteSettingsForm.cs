using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PublishingPortal.Core.Site;

namespace PublishingPortal.Web.Areas.Admin.Models.Site;

/// <summary>The site-settings form at <c>/admin/cai-dat-trang</c>; <see cref="Validate"/> gives the Vietnamese refusals.</summary>
public sealed partial class SiteSettingsForm
{
    /// <summary>Site name.</summary>
    [Display(Name = "Tên trang")]
    public string? SiteName { get; set; }

    /// <summary>Agency name.</summary>
    [Display(Name = "Cơ quan chủ quản")]
    public string? AgencyName { get; set; }

    /// <summary>Address.</summary>
    [Display(Name = "Địa chỉ")]
    public string? Address { get; set; }

    /// <summary>Phone.</summary>
    [Display(Name = "Điện thoại")]
    public string? Phone { get; set; }

    /// <summary>E-mail.</summary>
    [Display(Name = "Thư điện tử")]
    public string? Email { get; set; }

    /// <summary>Person responsible for content.</summary>
    [Display(Name = "Chịu trách nhiệm nội dung")]
    public string? ResponsiblePerson { get; set; }

    /// <summary>Licence.</summary>
    [Display(Name = "Giấy phép")]
    public string? Licence { get; set; }

    /// <summary>Footer links, one "label | URL" a line.</summary>
    [Display(Name = "Liên kết chân trang")]
    public string? FooterLinks { get; set; }

    /// <summary>Social links, one "label | URL" a line.</summary>
    [Display(Name = "Mạng xã hội")]
    public string? SocialLinks { get; set; }

    /// <summary>New logo file (optional; checked as a library photo).</summary>
    [Display(Name = "Logo")]
    public IFormFile? Logo { get; set; }

    /// <summary>Remove the current logo.</summary>
    [Display(Name = "Bỏ logo")]
    public bool RemoveLogo { get; set; }

    /// <summary>
    /// Home-page section blocks (issue 11): section id → its position as typed (1–99, smaller first; blank = no block),
    /// posted as <c>HomeOrder[id]</c>. All blank means the default (the first sections in menu order).
    /// </summary>
    public Dictionary<string, string?> HomeOrder { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The sections offered for <see cref="HomeOrder"/>, parents each followed by their children (filled by the server).</summary>
    [BindNever]
    public IReadOnlyList<HomeSectionRow> HomeSectionRows { get; set; } = [];

    /// <summary>Current logo path, for display.</summary>
    public string? LogoPath { get; set; }

    /// <summary>The form filled from the stored row.</summary>
    /// <param name="s">Stored settings.</param>
    /// <returns>The form.</returns>
    public static SiteSettingsForm From(SiteSettings s) => new()
    {
        SiteName = s.SiteName,
        AgencyName = s.AgencyName,
        Address = s.Address,
        Phone = s.Phone,
        Email = s.Email,
        ResponsiblePerson = s.ResponsiblePerson,
        Licence = s.Licence,
        FooterLinks = s.FooterLinks,
        SocialLinks = s.SocialLinks,
        LogoPath = s.LogoPath,
        HomeOrder = HomeSectionList.Parse(s.HomeSectionIds)
            .Select((id, i) => (id, i))
            .ToDictionary(x => x.id.ToString(CultureInfo.InvariantCulture), x => (string?)(x.i + 1).ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
    };

    /// <summary>
    /// The home-page blocks as stored (<see cref="SiteSettings.HomeSectionIds"/>): the sections given a position, by
    /// position, ties in menu order. Refused when a position is not a whole number from 1 to 99, a section is unknown,
    /// or more than <see cref="HomeSectionList.MaxBlocks"/> sections are given.
    /// </summary>
    /// <param name="menuOrder">Existing section ids in menu order.</param>
    /// <param name="error">The Vietnamese refusal, or null.</param>
    /// <returns>The text to store (empty for the default), or null when refused.</returns>
    public string? HomeSectionIds(IReadOnlyList<int> menuOrder, out string? error)
    {
        error = null;
        var chosen = new List<(int Id, int Position)>();
        foreach (var (key, value) in HomeOrder)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !menuOrder.Contains(id))
            {
                error = "Có chuyên mục không còn tồn tại; hãy tải lại trang rồi chọn lại khối trang chủ.";
                return null;
            }

            if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position is < 1 or > 99)
            {
                error = "Thứ tự khối trên trang chủ phải là số nguyên từ 1 đến 99 (để trống: không hiện).";
                return null;
            }

            chosen.Add((id, position));
        }

        if (chosen.Count > HomeSectionList.MaxBlocks)
        {
            error = $"Trang chủ hiện tối đa {HomeSectionList.MaxBlocks} khối chuyên mục.";
            return null;
        }

        return HomeSectionList.Format(chosen.OrderBy(c => c.Position).ThenBy(c => menuOrder.ToList().IndexOf(c.Id)).Select(c => c.Id));
    }

    /// <summary>
    /// Checks every field: site name 1–200 characters; agency, address, responsible person, licence up to 300;
    /// phone digits with <c>+ . ( ) -</c> and spaces, 6–15 digits (ITU-T E.164); e-mail a plain address; links
    /// "label | URL" with http/https or a site path only (<see cref="SiteLink.TryParse"/>).
    /// </summary>
    /// <returns>Field name → Vietnamese message; empty when valid.</returns>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        var name = (SiteName ?? "").Trim();
        if (name.Length == 0 || name.Length > SiteSettings.SiteNameMaxLength)
        {
            errors[nameof(SiteName)] = $"Tên trang cần từ 1 đến {SiteSettings.SiteNameMaxLength} ký tự.";
        }

        CheckLength(errors, nameof(AgencyName), AgencyName, "Tên cơ quan chủ quản");
        CheckLength(errors, nameof(Address), Address, "Địa chỉ");
        CheckLength(errors, nameof(ResponsiblePerson), ResponsiblePerson, "Tên người chịu trách nhiệm nội dung");
        CheckLength(errors, nameof(Licence), Licence, "Giấy phép");

        var phone = (Phone ?? "").Trim();
        var digits = phone.Count(char.IsAsciiDigit);
        if (phone.Length > 0 && (phone.Length > SiteSettings.PhoneMaxLength || !PhonePattern().IsMatch(phone) || digits < 6 || digits > 15))
        {
            errors[nameof(Phone)] = "Số điện thoại chỉ gồm chữ số, dấu cách và + . ( ) -, từ 6 đến 15 chữ số, ví dụ 0236 3822 111.";
        }

        var email = (Email ?? "").Trim();
        if (email.Length > 0 && (email.Length > SiteSettings.EmailMaxLength
            || !MailAddress.TryCreate(email, out var address) || address.Address != email || address.DisplayName.Length > 0))
        {
            errors[nameof(Email)] = "Địa chỉ thư điện tử không hợp lệ, ví dụ: banbientap@tinh.gov.vn.";
        }

        CheckLinks(errors, nameof(FooterLinks), FooterLinks, "Liên kết chân trang");
        CheckLinks(errors, nameof(SocialLinks), SocialLinks, "Mạng xã hội");
        return errors;
    }

    private static void CheckLength(Dictionary<string, string> errors, string field, string? value, string label)
    {
        if ((value ?? "").Trim().Length > SiteSettings.TextMaxLength)
        {
            errors[field] = $"{label} tối đa {SiteSettings.TextMaxLength} ký tự.";
        }
    }

    private static void CheckLinks(Dictionary<string, string> errors, string field, string? value, string label)
    {
        if ((value ?? "").Length > SiteSettings.LinksMaxLength)
        {
            errors[field] = $"{label}: tối đa {SiteSettings.LinksMaxLength} ký tự.";
        }
        else if (!SiteLink.TryParse(value, out _, out var error))
        {
            errors[field] = $"{label}: {error}";
        }
    }

    [GeneratedRegex(@"^\+?[0-9 ().\-]+$")]
    private static partial Regex PhonePattern();
}
