using PublishingPortal.Core.Site;

namespace PublishingPortal.Web.Site;

/// <summary>What every reader page shows of the site: the settings and the pages listed in the footer and menu.</summary>
/// <param name="Settings">The settings row (defaults when none is stored).</param>
/// <param name="FooterPages">Vietnamese pages flagged "show in footer", in order.</param>
/// <param name="MenuPages">Vietnamese pages flagged "show in menu", in order.</param>
/// <param name="EnglishPages">
/// English versions of the pages (Decree 42/2022 art. 7), in their Vietnamese pages' order: the footer of English pages
/// lists these instead of <paramref name="FooterPages"/>.
/// </param>
public sealed record SiteView(
    SiteSettings Settings, IReadOnlyList<SitePageLink> FooterPages, IReadOnlyList<SitePageLink> MenuPages, IReadOnlyList<SitePageLink> EnglishPages)
{
    /// <summary>Footer links parsed from <see cref="SiteSettings.FooterLinks"/>.</summary>
    public IReadOnlyList<SiteLink> FooterLinks => SiteLink.Parse(Settings.FooterLinks);

    /// <summary>Social links parsed from <see cref="SiteSettings.SocialLinks"/>.</summary>
    public IReadOnlyList<SiteLink> SocialLinks => SiteLink.Parse(Settings.SocialLinks);

    /// <summary>The phone as a <c>tel:</c> URI: digits only, a leading "+" kept (RFC 3966 global number).</summary>
    public string PhoneUri => "tel:" + (Settings.Phone.TrimStart().StartsWith('+') ? "+" : "")
        + new string(Settings.Phone.Where(char.IsAsciiDigit).ToArray());
}

/// <summary>A page as listed in the footer or menu.</summary>
/// <param name="Title">Title.</param>
/// <param name="Path">Reader path, e.g. <c>/trang/gioi-thieu</c>.</param>
public sealed record SitePageLink(string Title, string Path);
