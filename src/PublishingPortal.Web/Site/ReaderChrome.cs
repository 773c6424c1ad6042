namespace PublishingPortal.Web.Site;

/// <summary>
/// The words of the reader layout around the content (header, search, footer labels) in the page's language: English
/// pages (<c>/en/{slug}</c>, Decree 42/2022 art. 7) get English labels, every other page Vietnamese. Content the
/// editors typed in Vietnamese (site name, agency, section names) stays as typed and is marked <c>lang="vi"</c>.
/// </summary>
/// <param name="Language">BCP 47 tag of the labels: <c>vi</c> or <c>en</c>.</param>
/// <param name="SkipLink">The skip link to the main content.</param>
/// <param name="MainNavigation">Accessible name of the header navigation.</param>
/// <param name="Home">The link to the home page.</param>
/// <param name="SearchForm">Accessible name of the search form.</param>
/// <param name="SearchLabel">Label of the search box.</param>
/// <param name="SearchPlaceholder">Placeholder of the search box.</param>
/// <param name="SearchButton">The search button.</param>
/// <param name="Agency">Label before the governing agency.</param>
/// <param name="Address">Label before the address.</param>
/// <param name="Phone">Label before the phone number.</param>
/// <param name="Email">Label before the e-mail address.</param>
/// <param name="Responsible">Label before the person responsible for content.</param>
/// <param name="FooterNavigation">Accessible name of the footer links.</param>
/// <param name="Social">Accessible name of the social links.</param>
public sealed record ReaderChrome(
    string Language,
    string SkipLink,
    string MainNavigation,
    string Home,
    string SearchForm,
    string SearchLabel,
    string SearchPlaceholder,
    string SearchButton,
    string Agency,
    string Address,
    string Phone,
    string Email,
    string Responsible,
    string FooterNavigation,
    string Social)
{
    /// <summary>Vietnamese labels, the site's language.</summary>
    public static ReaderChrome Vietnamese { get; } = new(
        "vi", "Bỏ qua, đến nội dung chính", "Điều hướng chính", "Trang chủ", "Tìm kiếm bài viết", "Từ khóa tìm kiếm",
        "Tìm bài viết…", "Tìm", "Cơ quan chủ quản", "Địa chỉ", "Điện thoại", "Thư điện tử", "Chịu trách nhiệm nội dung",
        "Liên kết chân trang", "Mạng xã hội");

    /// <summary>English labels for the English pages.</summary>
    public static ReaderChrome English { get; } = new(
        "en", "Skip to main content", "Main navigation", "Home (Vietnamese)", "Search articles", "Search articles (in Vietnamese)",
        "Search articles…", "Search", "Governing agency", "Address", "Phone", "E-mail", "Responsible for content",
        "Footer links", "Social media");

    /// <summary>The labels for a page language.</summary>
    /// <param name="language">The page's <c>lang</c>; anything but <c>en</c> gives Vietnamese.</param>
    /// <returns>The labels.</returns>
    public static ReaderChrome For(string? language) => language == "en" ? English : Vietnamese;
}
