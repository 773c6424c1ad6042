namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>Orders of the article list.</summary>
public enum ArticleListSort
{
    /// <summary>Last saved first (moi-nhat, the default).</summary>
    Newest,

    /// <summary>Last saved last (cu-nhat).</summary>
    Oldest,

    /// <summary>By title (tieu-de).</summary>
    Title,

    /// <summary>Latest publication time first, never-published last (xuat-ban).</summary>
    Published,
}
