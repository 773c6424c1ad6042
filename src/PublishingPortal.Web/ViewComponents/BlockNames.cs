namespace PublishingPortal.Web.ViewComponents;

/// <summary>
/// Public names of the page blocks, kept from the legacy portal so templates and CSS keep speaking them.
/// </summary>
public static class BlockNames
{
    /// <summary>Date, font-size controls, print and share.</summary>
    public const string BanTinToolbar = "Block_BanTin_Toolbar";

    /// <summary>Title, lead, body with figures, byline and source.</summary>
    public const string BanTinViewData = "Block_BanTin_ViewData";
}
