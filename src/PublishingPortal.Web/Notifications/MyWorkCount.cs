namespace PublishingPortal.Web.Notifications;

/// <summary>The admin header's count: unread notifications and articles waiting for me.</summary>
/// <param name="Unread">My unread notifications.</param>
/// <param name="Waiting">Articles on my desk plus my own articles sent back to me.</param>
public sealed record MyWorkCount(int Unread, int Waiting)
{
    /// <summary>Both together, the number in the badge.</summary>
    public int Total => Unread + Waiting;
}
