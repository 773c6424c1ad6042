namespace PublishingPortal.Web.Accounts;

/// <summary>A message for one field of a posted form, for the controller to put into ModelState.</summary>
/// <param name="Field">The form field's name as posted (e.g. <c>Roles</c>, <c>Enable.Code</c>), or "" for the form as a whole.</param>
/// <param name="Message">Vietnamese sentence shown to the user.</param>
public sealed record FormError(string Field, string Message);
