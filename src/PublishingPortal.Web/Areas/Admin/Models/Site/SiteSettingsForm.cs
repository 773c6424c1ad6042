using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using System.Text.RegularExpressions;
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
    };

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
