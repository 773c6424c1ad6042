namespace PublishingPortal.Web.Accounts;

/// <summary>How a change through <see cref="UserAdministration"/> or <see cref="ProfileSettings"/> ended.</summary>
public enum AccountChangeOutcome
{
    /// <summary>Done and audited (in the same transaction as the change).</summary>
    Changed,

    /// <summary>Nothing to do (e.g. unlocking an account that is not locked); nothing written.</summary>
    Unchanged,

    /// <summary>Refused because of the form (see <see cref="AccountChange.Errors"/>); nothing written.</summary>
    Invalid,

    /// <summary>Identity refused the change; the transaction was rolled back and nothing is written.</summary>
    Failed,
}
