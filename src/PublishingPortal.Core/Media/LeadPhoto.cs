namespace PublishingPortal.Core.Media;

/// <summary>
/// The article's lead photo (Ảnh đại diện) is the figure whose <c>Figure.Order</c> is
/// <see cref="FigureOrder"/>: it is not written in the Markdown body; the renderer shows it first, above
/// the body, and lists, Open Graph and JSON-LD take it before any body figure (they take the photo with
/// the lowest order). Articles without one use their first body figure, as before.
/// </summary>
public static class LeadPhoto
{
    /// <summary><c>Figure.Order</c> of the lead photo: 0, below every body figure (1, 2, …).</summary>
    public const int FigureOrder = 0;
}
