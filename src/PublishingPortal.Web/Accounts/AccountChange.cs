namespace PublishingPortal.Web.Accounts;

/// <summary>
/// What an account service did with a request, for the controller to map to a page or a redirect:
/// <see cref="AccountChangeOutcome.Invalid"/> re-renders the form with <see cref="Errors"/>; every other
/// outcome shows <see cref="Message"/> after a redirect.
/// </summary>
/// <param name="Outcome">Changed, unchanged, invalid or failed.</param>
/// <param name="Message">Vietnamese sentence for the user (empty for <see cref="AccountChangeOutcome.Invalid"/>).</param>
/// <param name="Errors">For <see cref="AccountChangeOutcome.Invalid"/>: messages by form field, in the order found; may be empty when only the form's own validation failed.</param>
public sealed record AccountChange(AccountChangeOutcome Outcome, string Message, IReadOnlyList<FormError> Errors)
{
    /// <summary>The account changed (for a new account, its Identity id); null when not known.</summary>
    public string? UserId { get; init; }

    /// <summary>Recovery codes issued when two-factor sign-in was turned on, to be shown once; empty otherwise.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; init; } = [];

    /// <summary>A change made.</summary>
    /// <param name="message">What was done.</param>
    /// <returns>The result.</returns>
    public static AccountChange Changed(string message) => new(AccountChangeOutcome.Changed, message, []);

    /// <summary>Nothing to do.</summary>
    /// <param name="message">Why.</param>
    /// <returns>The result.</returns>
    public static AccountChange Unchanged(string message) => new(AccountChangeOutcome.Unchanged, message, []);

    /// <summary>A refusal because of the form.</summary>
    /// <param name="errors">Messages by field.</param>
    /// <returns>The result.</returns>
    public static AccountChange Invalid(IReadOnlyList<FormError> errors) => new(AccountChangeOutcome.Invalid, "", errors);

    /// <summary>Identity refused the change.</summary>
    /// <param name="message">What could not be done.</param>
    /// <returns>The result.</returns>
    public static AccountChange Failed(string message) => new(AccountChangeOutcome.Failed, message, []);
}
