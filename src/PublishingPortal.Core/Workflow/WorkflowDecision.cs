namespace PublishingPortal.Core.Workflow;

/// <summary>Whether an action is allowed and, when not, why (Vietnamese, for the user).</summary>
/// <param name="Allowed">True when the action may go ahead.</param>
/// <param name="Reason">Empty when allowed; otherwise one sentence for the user.</param>
public sealed record WorkflowDecision(bool Allowed, string Reason)
{
    /// <summary>The allowed decision.</summary>
    public static WorkflowDecision Yes { get; } = new(true, "");

    /// <summary>A refusal.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The decision.</returns>
    public static WorkflowDecision No(string reason) => new(false, reason);
}
