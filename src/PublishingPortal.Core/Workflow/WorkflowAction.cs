namespace PublishingPortal.Core.Workflow;

/// <summary>What a user may try to do to an article; each is checked by <see cref="ArticleWorkflow.Decide"/>.</summary>
public enum WorkflowAction
{
    /// <summary>Create a new draft.</summary>
    Create,

    /// <summary>Change the text and metadata (saves a revision).</summary>
    Edit,

    /// <summary>Draft/Returned → Submitted, or → InReview when the sender holds Editor or higher (Gửi duyệt).</summary>
    Submit,

    /// <summary>Submitted/InReview → Returned with a reason the author sees (Trả lại).</summary>
    SendBack,

    /// <summary>
    /// Draft/Returned/Submitted/InReview/Unpublished/Scheduled → Published, or Scheduled when the time is in the future
    /// (Duyệt và xuất bản).
    /// </summary>
    Publish,

    /// <summary>Published/Scheduled → Unpublished (Gỡ xuống).</summary>
    Unpublish,

    /// <summary>Any state → Trashed (Chuyển vào thùng rác).</summary>
    Trash,

    /// <summary>Trashed → the state before the trash (Khôi phục; see <see cref="ArticleWorkflow.RestoreTarget"/>).</summary>
    Restore,

    /// <summary>Delete for ever from the trash (Xoá vĩnh viễn); Administrator only.</summary>
    Purge,

    /// <summary>Submitted → InReview: the editing desk passes a piece on to the publishers (Chuyển duyệt).</summary>
    PassOn,
}
