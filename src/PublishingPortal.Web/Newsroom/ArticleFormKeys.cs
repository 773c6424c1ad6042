using System.Globalization;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// The names under which the article form's script keeps its browser copy in <c>localStorage</c> (issue 10): one per
/// article, one for the new-article form. Written into the page and into the draft's JSON, so the script and the
/// server never spell them twice.
/// </summary>
public static class ArticleFormKeys
{
    /// <summary>The new-article form's copy.</summary>
    public const string NewArticle = "tuluu-bai-moi";

    /// <summary>The edit form's copy of an article.</summary>
    /// <param name="articleId">Article id.</param>
    /// <returns>e.g. <c>tuluu-bai-42</c>.</returns>
    public static string Autosave(int articleId) => "tuluu-bai-" + articleId.ToString(CultureInfo.InvariantCulture);
}
