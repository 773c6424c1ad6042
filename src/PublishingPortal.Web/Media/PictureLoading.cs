namespace PublishingPortal.Web.Media;

/// <summary>How the browser should fetch a picture.</summary>
public enum PictureLoading
{
    /// <summary><c>loading="lazy"</c>: below the fold, fetched when near the viewport.</summary>
    Lazy,

    /// <summary>The page's lead photo (its largest paint): fetched at once, <c>fetchpriority="high"</c>, never lazy.</summary>
    Lead,
}
