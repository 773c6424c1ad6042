using PublishingPortal.Web.Reading;

namespace PublishingPortal.Web.ViewComponents;

/// <summary>What the article block (<c>Block_BanTin_ViewData</c>, <see cref="BanTinViewDataViewComponent"/>) shows.</summary>
/// <param name="Article">The page projection.</param>
/// <param name="DateTime">Publication date and time, dd/MM/yyyy HH:mm in the site time zone.</param>
/// <param name="DateIso">ISO 8601 with offset.</param>
/// <param name="ZoneLabel">e.g. "GMT+07:00".</param>
/// <param name="AbsoluteUrl">The article's absolute URL, printed on paper.</param>
public sealed record ArticleBlockModel(ArticlePage Article, string DateTime, string DateIso, string ZoneLabel, string AbsoluteUrl);
