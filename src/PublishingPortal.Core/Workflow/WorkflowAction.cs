namespace PublishingPortal.Core.Workflow;

/// <summary>What a user may try to do to an article; each is checked by <see cref="ArticleWorkflow.Decide"/>.</summary>
public enum WorkflowAction
{
    /// <summary>Create a new draft.</summary>
    Create,

    /// <summary>Change the text and metadata (saves a revision).</summary>
    Edit,

    /// <summary>Draft → InReview (Gửi duyệt).</summary>
    Submit,

    /// <summary>InReview → Draft with a reason the author sees (Trả lại).</summary>
    SendBack,

    /// <summary>Draft/InReview/Unpublished → Published, or Scheduled when the time is in the future (Duyệt và xuất bản).</summary>
    Publish,

    /// <summary>Published/Scheduled → Unpublished (Gỡ xuống).</summary>
    Unpublish,

    /// <summary>Any state → Trashed (Chuyển vào thùng rác).</summary>
    Trash,

    /// <summary>Trashed → Draft (Khôi phục).</summary>
    Restore,

    /// <summary>Delete for ever from the trash (Xoá vĩnh viễn); Administrator only.</summary>
    Purge,
}
