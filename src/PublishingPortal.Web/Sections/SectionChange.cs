using PublishingPortal.Web.Accounts;

namespace PublishingPortal.Web.Sections;

/// <summary>
/// What a section or tag change did: <see cref="Done"/> with a Vietnamese <see cref="Message"/> for the flash, or
/// refused with Vietnamese <see cref="Errors"/> (field name, or "" for the whole form) and nothing changed.
/// </summary>
/// <param name="Done">True when saved.</param>
/// <param name="Message">The flash text when done.</param>
/// <param name="Errors">Why it was refused; empty when done.</param>
/// <param name="Id">The section or tag the change produced or kept, when done.</param>
public sealed record SectionChange(bool Done, string Message, IReadOnlyList<FormError> Errors, int? Id = null)
{
    /// <summary>A refusal with one message.</summary>
    /// <param name="field">Form field, or "".</param>
    /// <param name="message">Vietnamese reason.</param>
    /// <returns>The refusal.</returns>
    public static SectionChange Refused(string field, string message) => new(false, "", [new FormError(field, message)]);

    /// <summary>A success.</summary>
    /// <param name="message">Vietnamese flash text.</param>
    /// <param name="id">The section or tag.</param>
    /// <returns>The result.</returns>
    public static SectionChange Ok(string message, int? id = null) => new(true, message, [], id);
}
