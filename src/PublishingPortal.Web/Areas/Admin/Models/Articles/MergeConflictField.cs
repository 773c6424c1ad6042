using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Areas.Admin.Models.Articles;

/// <summary>One field of the conflict page: both versions and the value each choice posts.</summary>
/// <param name="Name">The edit form's field name (<c>Title</c>, <c>BodyMarkdown</c>, …), which the two radio buttons post.</param>
/// <param name="Label">Vietnamese label, the fieldset's legend.</param>
/// <param name="Mine">Value posted by "Giữ bản của tôi" (for the body: the merged body with the person's paragraphs where they conflict).</param>
/// <param name="Theirs">Value posted by "Lấy bản đang lưu".</param>
/// <param name="Rows">What is shown: the stored version (old side) beside the person's (new side), with their difference; for the body only the conflicting paragraphs.</param>
public sealed record MergeConflictField(string Name, string Label, string Mine, string Theirs, IReadOnlyList<RevisionDiffRow> Rows)
{
    /// <summary>Id prefix of the field's elements, e.g. "gop-Title".</summary>
    public string Id => "gop-" + Name;
}
