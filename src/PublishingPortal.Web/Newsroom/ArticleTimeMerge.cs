using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// The merge of one of the two times (publication, expiry), which revisions do not keep: compared as the form shows
/// them (<c>yyyy-MM-ddTHH:mm</c> in site time, "" for none) against the value the form started from, as posted with
/// it; when that is unknown, the person's value must equal the stored one or it is a conflict.
/// </summary>
/// <param name="Mine">The posted value.</param>
/// <param name="Theirs">The stored value, formatted the same way.</param>
/// <param name="Outcome">The merge (<see cref="ArticleMerge.Value"/>).</param>
public sealed record ArticleTimeMerge(string Mine, string Theirs, FieldMerge Outcome)
{
    /// <summary>The value when the conflict is resolved to the posted side (the merged value when none).</summary>
    public string PreferMine => Outcome.Conflict ? Mine : Outcome.Value ?? "";

    /// <summary>The value when the conflict is resolved to the stored side (the merged value when none).</summary>
    public string PreferTheirs => Outcome.Conflict ? Theirs : Outcome.Value ?? "";
}
