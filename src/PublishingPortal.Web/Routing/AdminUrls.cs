using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;

namespace PublishingPortal.Web.Routing;

/// <summary>
/// The staff side of the URL map (docs/decisions/004-url-map.md): the admin area under <c>/admin</c> and the
/// sign-in pages, which sit outside it so the area-wide <c>[Authorize]</c> does not cover them. As in
/// <see cref="ReaderUrls"/>: one <c>…Template</c> constant per route for the attribute routes, one builder per
/// page for views, redirects and scripts; path values escaped with <see cref="Uri.EscapeDataString(string)"/>, query
/// values with the framework's URL encoder. Ids are database ids (<c>{id:int}</c>) except account ids, which
/// are Identity's strings. Checked against the registered routes by <c>UrlMapTests</c>.
/// </summary>
public static class AdminUrls
{
    /// <summary>Revision comparison side by side (<c>kieu=song-song</c>, the default).</summary>
    public const string CompareSideBySide = "song-song";

    /// <summary>Revision comparison inline (<c>kieu=noi-dong</c>).</summary>
    public const string CompareInline = "noi-dong";

    /// <summary>The dashboard: <c>/admin</c>, where a sign-in without a return address lands.</summary>
    public const string HomeTemplate = "/admin";

    /// <summary>The article list: <c>/admin/bai-viet?trangthai=&amp;chuyenmuc=&amp;tacgia=&amp;q=&amp;sapxep=&amp;trang=</c>.</summary>
    public const string ArticlesTemplate = HomeTemplate + "/bai-viet";

    /// <summary>The empty editor and its POST: <c>/admin/bai-viet/tao-moi</c>.</summary>
    public const string ArticleCreateTemplate = ArticlesTemplate + "/tao-moi";

    /// <summary>"Tạo bài từ tệp Word", the form and its POST: <c>/admin/bai-viet/tu-tep-word</c>.</summary>
    public const string ArticleFromWordTemplate = ArticlesTemplate + "/tu-tep-word";

    /// <summary>The editor's live preview (POST, returns an HTML fragment): <c>/admin/bai-viet/xem-truoc-markdown</c>.</summary>
    public const string ArticleMarkdownPreviewTemplate = ArticlesTemplate + "/xem-truoc-markdown";

    /// <summary>An article's editor and its POST: <c>/admin/bai-viet/{id}</c>.</summary>
    public const string ArticleEditTemplate = ArticlesTemplate + "/{id:int}";

    /// <summary>POST (JSON): the edit form's autosave: <c>/admin/bai-viet/{id}/tu-luu</c>.</summary>
    public const string ArticleAutosaveTemplate = ArticleEditTemplate + "/tu-luu";

    /// <summary>POST: drop the user's autosave of an article: <c>/admin/bai-viet/{id}/tu-luu/bo-qua</c>.</summary>
    public const string ArticleAutosaveDiscardTemplate = ArticleAutosaveTemplate + "/bo-qua";

    /// <summary>An article in the public theme, any state: <c>/admin/bai-viet/{id}/xem-truoc</c>.</summary>
    public const string ArticlePreviewTemplate = ArticleEditTemplate + "/xem-truoc";

    /// <summary>POST Draft/Returned → Submitted (→ InReview when sent by an editor): <c>/admin/bai-viet/{id}/gui-duyet</c>.</summary>
    public const string ArticleSubmitTemplate = ArticleEditTemplate + "/" + SubmitSegment;

    /// <summary>POST Submitted/InReview → Returned with a reason: <c>/admin/bai-viet/{id}/tra-lai</c>.</summary>
    public const string ArticleSendBackTemplate = ArticleEditTemplate + "/" + SendBackSegment;

    /// <summary>POST Submitted → InReview ("Chuyển duyệt"): <c>/admin/bai-viet/{id}/chuyen-duyet</c>.</summary>
    public const string ArticlePassOnTemplate = ArticleEditTemplate + "/" + PassOnSegment;

    /// <summary>POST a publisher approves the pending correction of a live article: <c>/admin/bai-viet/{id}/ban-sua/duyet</c>.</summary>
    public const string ArticleCorrectionApproveTemplate = ArticleEditTemplate + "/ban-sua/duyet";

    /// <summary>POST the pending correction is dropped: <c>/admin/bai-viet/{id}/ban-sua/bo</c>.</summary>
    public const string ArticleCorrectionDiscardTemplate = ArticleEditTemplate + "/ban-sua/bo";

    /// <summary>POST publish now or at a time: <c>/admin/bai-viet/{id}/xuat-ban</c>.</summary>
    public const string ArticlePublishTemplate = ArticleEditTemplate + "/" + PublishSegment;

    /// <summary>POST take down: <c>/admin/bai-viet/{id}/go-xuong</c>.</summary>
    public const string ArticleUnpublishTemplate = ArticleEditTemplate + "/" + UnpublishSegment;

    /// <summary>POST to the trash: <c>/admin/bai-viet/{id}/thung-rac</c>.</summary>
    public const string ArticleTrashTemplate = ArticleEditTemplate + "/" + TrashSegment;

    /// <summary>POST out of the trash: <c>/admin/bai-viet/{id}/khoi-phuc</c>.</summary>
    public const string ArticleRestoreTemplate = ArticleEditTemplate + "/" + RestoreSegment;

    /// <summary>POST delete for ever: <c>/admin/bai-viet/{id}/xoa-vinh-vien</c>.</summary>
    public const string ArticlePurgeTemplate = ArticleEditTemplate + "/" + PurgeSegment;

    /// <summary>An article's revisions: <c>/admin/bai-viet/{id}/phien-ban</c>.</summary>
    public const string RevisionsTemplate = ArticleEditTemplate + "/phien-ban";

    /// <summary>Two revisions compared: <c>/admin/bai-viet/{id}/phien-ban/so-sanh?tu=&amp;den=&amp;kieu=</c>.</summary>
    public const string RevisionCompareTemplate = RevisionsTemplate + "/so-sanh";

    /// <summary>POST restore revision n as a new one: <c>/admin/bai-viet/{id}/phien-ban/{n}/khoi-phuc</c>.</summary>
    public const string RevisionRestoreTemplate = RevisionsTemplate + "/{n:int}/khoi-phuc";

    /// <summary>An article's photos and the library to choose from: <c>/admin/bai-viet/{id}/anh?hinh=&amp;q=&amp;trang=</c>.</summary>
    public const string ArticlePhotosTemplate = ArticleEditTemplate + "/anh";

    /// <summary>The ways to place one library photo: <c>/admin/bai-viet/{id}/anh/{mediaId}?hinh=</c>.</summary>
    public const string ArticlePhotoUseTemplate = ArticlePhotosTemplate + "/{mediaId:int}";

    /// <summary>POST make the photo the lead photo: <c>/admin/bai-viet/{id}/anh/dai-dien</c>.</summary>
    public const string ArticlePhotoSetLeadTemplate = ArticlePhotosTemplate + "/dai-dien";

    /// <summary>POST insert the photo as a new figure at the end: <c>/admin/bai-viet/{id}/anh/chen</c>.</summary>
    public const string ArticlePhotoInsertTemplate = ArticlePhotosTemplate + "/chen";

    /// <summary>POST attach the photo to an existing figure: <c>/admin/bai-viet/{id}/anh/gan</c>.</summary>
    public const string ArticlePhotoAttachTemplate = ArticlePhotosTemplate + "/gan";

    /// <summary>POST remove the lead photo: <c>/admin/bai-viet/{id}/anh/bo-dai-dien</c>.</summary>
    public const string ArticlePhotoRemoveLeadTemplate = ArticlePhotosTemplate + "/bo-dai-dien";

    /// <summary>POST (JSON, from the edit form) a file or a library photo as a new body figure: <c>/admin/bai-viet/{id}/anh-trong-bai</c>.</summary>
    public const string ArticleBodyPhotoAddTemplate = ArticleEditTemplate + "/anh-trong-bai";

    /// <summary>POST (JSON) a body figure's alt text, caption and credit: <c>/admin/bai-viet/{id}/anh-trong-bai/{order}</c>.</summary>
    public const string ArticleBodyPhotoDetailsTemplate = ArticleBodyPhotoAddTemplate + "/{order:int}";

    /// <summary>POST (JSON, from the edit form) choose the lead photo: <c>/admin/bai-viet/{id}/anh-dai-dien</c>.</summary>
    public const string ArticleLeadPhotoTemplate = ArticleEditTemplate + "/anh-dai-dien";

    /// <summary>POST (JSON, from the edit form) remove the lead photo: <c>/admin/bai-viet/{id}/anh-dai-dien/bo</c>.</summary>
    public const string ArticleLeadPhotoRemoveTemplate = ArticleLeadPhotoTemplate + "/bo";

    /// <summary>POST (JSON, from the new-article form's script) create the draft: <c>/admin/bai-viet/tao-moi/ban-nhap</c>.</summary>
    public const string ArticleCreateDraftTemplate = ArticleCreateTemplate + "/ban-nhap";

    /// <summary>The media library: <c>/admin/anh?q=&amp;thieu-mo-ta=1&amp;trang=</c>.</summary>
    public const string MediaTemplate = HomeTemplate + "/anh";

    /// <summary>GET the library as JSON for the editor's photo picker: <c>/admin/anh/chon?q=&amp;trang=</c>.</summary>
    public const string MediaPickerTemplate = MediaTemplate + "/chon";

    /// <summary>POST uploads (multipart, field <c>files</c>): <c>/admin/anh/tai-len</c>.</summary>
    public const string MediaUploadTemplate = MediaTemplate + "/tai-len";

    /// <summary>A library photo's page and its POST: <c>/admin/anh/{id}</c>.</summary>
    public const string MediaEditTemplate = MediaTemplate + "/{id:int}";

    /// <summary>POST delete a library photo: <c>/admin/anh/{id}/xoa</c>.</summary>
    public const string MediaDeleteTemplate = MediaEditTemplate + "/xoa";

    /// <summary>Newsroom accounts (Administrators): <c>/admin/tai-khoan?trang=</c>.</summary>
    public const string UsersTemplate = HomeTemplate + "/tai-khoan";

    /// <summary>New account form and its POST: <c>/admin/tai-khoan/tao-moi</c>.</summary>
    public const string UserCreateTemplate = UsersTemplate + "/tao-moi";

    /// <summary>An account's page and its POST: <c>/admin/tai-khoan/{id}</c>, id an Identity user id.</summary>
    public const string UserEditTemplate = UsersTemplate + "/{id}";

    /// <summary>POST end an account's lockout: <c>/admin/tai-khoan/{id}/mo-khoa</c>.</summary>
    public const string UserUnlockTemplate = UserEditTemplate + "/mo-khoa";

    /// <summary>POST turn off an account's two-factor sign-in: <c>/admin/tai-khoan/{id}/tat-xac-thuc-hai-lop</c>.</summary>
    public const string UserTwoFactorOffTemplate = UserEditTemplate + "/tat-xac-thuc-hai-lop";

    /// <summary>The signed-in user's profile: <c>/admin/ho-so</c>.</summary>
    public const string ProfileTemplate = HomeTemplate + "/ho-so";

    /// <summary>POST change one's password: <c>/admin/ho-so/doi-mat-khau</c>.</summary>
    public const string PasswordTemplate = ProfileTemplate + "/doi-mat-khau";

    /// <summary>Two-factor setup and its POST (turn on with a code): <c>/admin/ho-so/xac-thuc-hai-lop</c>.</summary>
    public const string TwoFactorTemplate = ProfileTemplate + "/xac-thuc-hai-lop";

    /// <summary>POST a new authenticator key: <c>/admin/ho-so/xac-thuc-hai-lop/tao-khoa</c>.</summary>
    public const string TwoFactorKeyTemplate = TwoFactorTemplate + "/tao-khoa";

    /// <summary>POST turn one's own two-factor sign-in off: <c>/admin/ho-so/tat-xac-thuc-hai-lop</c>.</summary>
    public const string TwoFactorOffTemplate = ProfileTemplate + "/tat-xac-thuc-hai-lop";

    /// <summary>The audit log (Administrators): <c>/admin/nhat-ky</c> with its filters in the query string.</summary>
    public const string AuditTemplate = HomeTemplate + "/nhat-ky";

    /// <summary>Sections, nested and in menu order (Administrators): <c>/admin/chuyen-muc</c>.</summary>
    public const string CategoriesTemplate = HomeTemplate + "/chuyen-muc";

    /// <summary>The new-section form and its POST: <c>/admin/chuyen-muc/tao-moi</c>.</summary>
    public const string CategoryCreateTemplate = CategoriesTemplate + "/tao-moi";

    /// <summary>A section's form and its POST: <c>/admin/chuyen-muc/{id}</c>.</summary>
    public const string CategoryEditTemplate = CategoriesTemplate + "/{id:int}";

    /// <summary>POST one place up (<c>huong=len</c>) or down (<c>huong=xuong</c>): <c>/admin/chuyen-muc/{id}/di-chuyen</c>.</summary>
    public const string CategoryMoveTemplate = CategoryEditTemplate + "/di-chuyen";

    /// <summary>POST delete, optionally moving the articles first (<c>chuyenSang</c>): <c>/admin/chuyen-muc/{id}/xoa</c>.</summary>
    public const string CategoryDeleteTemplate = CategoryEditTemplate + "/xoa";

    /// <summary>Tags with counts (Administrators): <c>/admin/tu-khoa?q=&amp;trang=</c>.</summary>
    public const string TagsTemplate = HomeTemplate + "/tu-khoa";

    /// <summary>A tag's rename, merge and delete forms; its POST renames: <c>/admin/tu-khoa/{id}</c>.</summary>
    public const string TagEditTemplate = TagsTemplate + "/{id:int}";

    /// <summary>POST merge into another tag (<c>vao</c>): <c>/admin/tu-khoa/{id}/gop</c>.</summary>
    public const string TagMergeTemplate = TagEditTemplate + "/gop";

    /// <summary>POST delete: <c>/admin/tu-khoa/{id}/xoa</c>.</summary>
    public const string TagDeleteTemplate = TagEditTemplate + "/xoa";

    /// <summary>My notifications: <c>/admin/thong-bao?trang=</c>.</summary>
    public const string NotificationsTemplate = HomeTemplate + "/thong-bao";

    /// <summary>POST mark all my notifications read: <c>/admin/thong-bao/da-doc</c>.</summary>
    public const string NotificationsReadTemplate = NotificationsTemplate + "/da-doc";

    /// <summary>POST mark one notification read: <c>/admin/thong-bao/{id}/da-doc</c>.</summary>
    public const string NotificationReadTemplate = NotificationsTemplate + "/{id:long}/da-doc";

    /// <summary>POST turn e-mail notifications on or off (<c>nhanThu</c>): <c>/admin/ho-so/thu-thong-bao</c>.</summary>
    public const string ProfileEmailTemplate = ProfileTemplate + "/thu-thong-bao";

    /// <summary>"Quên mật khẩu?", the form asking for the e-mail and its POST: <c>/dang-nhap/quen-mat-khau</c>.</summary>
    public const string ForgotPasswordTemplate = SignInTemplate + "/quen-mat-khau";

    /// <summary>The new-password form reached from the e-mail, and its POST: <c>/dang-nhap/dat-lai-mat-khau?taikhoan=&amp;ma=</c>.</summary>
    public const string ResetPasswordTemplate = SignInTemplate + "/dat-lai-mat-khau";

    /// <summary>Sign-in form and its POST: <c>/dang-nhap?returnUrl=</c>; also the cookie's login path.</summary>
    public const string SignInTemplate = "/dang-nhap";

    /// <summary>The authenticator-code step: <c>/dang-nhap/ma-xac-thuc?returnUrl=</c>.</summary>
    public const string SignInCodeTemplate = SignInTemplate + "/ma-xac-thuc";

    /// <summary>The recovery-code step: <c>/dang-nhap/ma-khoi-phuc?returnUrl=</c>.</summary>
    public const string SignInRecoveryTemplate = SignInTemplate + "/ma-khoi-phuc";

    /// <summary>POST sign out: <c>/dang-xuat</c>; also the cookie's logout path.</summary>
    public const string SignOutTemplate = "/dang-xuat";

    private const string SubmitSegment = "gui-duyet";
    private const string SendBackSegment = "tra-lai";
    private const string PassOnSegment = "chuyen-duyet";
    private const string PublishSegment = "xuat-ban";
    private const string UnpublishSegment = "go-xuong";
    private const string TrashSegment = "thung-rac";
    private const string RestoreSegment = "khoi-phuc";
    private const string PurgeSegment = "xoa-vinh-vien";

    /// <summary>The dashboard.</summary>
    public static string Home => HomeTemplate;

    /// <summary>The empty editor.</summary>
    public static string ArticleCreate => ArticleCreateTemplate;

    /// <summary>The "Tạo bài từ tệp Word" form.</summary>
    public static string ArticleFromWord => ArticleFromWordTemplate;

    /// <summary>The editor's live preview endpoint.</summary>
    public static string ArticleMarkdownPreview => ArticleMarkdownPreviewTemplate;

    /// <summary>Where uploads are posted (also what the upload size limit applies to).</summary>
    public static string MediaUpload => MediaUploadTemplate;

    /// <summary>The new account form.</summary>
    public static string UserCreate => UserCreateTemplate;

    /// <summary>The signed-in user's profile.</summary>
    public static string Profile => ProfileTemplate;

    /// <summary>Where the password form posts.</summary>
    public static string Password => PasswordTemplate;

    /// <summary>The two-factor setup page.</summary>
    public static string TwoFactor => TwoFactorTemplate;

    /// <summary>Where a new authenticator key is asked for.</summary>
    public static string TwoFactorKey => TwoFactorKeyTemplate;

    /// <summary>Where one's own two-factor sign-in is turned off.</summary>
    public static string TwoFactorOff => TwoFactorOffTemplate;

    /// <summary>Where the sign-out form posts.</summary>
    public static string SignOut => SignOutTemplate;

    /// <summary>Where "mark all read" is posted.</summary>
    public static string NotificationsRead => NotificationsReadTemplate;

    /// <summary>Where the e-mail notification switch posts.</summary>
    public static string ProfileEmail => ProfileEmailTemplate;

    /// <summary>The "Quên mật khẩu?" form.</summary>
    public static string ForgotPassword => ForgotPasswordTemplate;

    /// <summary>My notifications.</summary>
    /// <param name="page">Page from 1; 1 leaves <c>trang</c> out.</param>
    /// <returns>e.g. <c>/admin/thong-bao?trang=2</c>.</returns>
    public static string Notifications(int page = 1) => page > 1 ? NotificationsTemplate + "?" + ReaderUrls.PageKey + "=" + Id(page) : NotificationsTemplate;

    /// <summary>Where "mark this one read" is posted.</summary>
    /// <param name="id">Notification id.</param>
    /// <returns>e.g. <c>/admin/thong-bao/7/da-doc</c>.</returns>
    public static string NotificationRead(long id) => NotificationsTemplate + "/" + id.ToString(CultureInfo.InvariantCulture) + "/da-doc";

    /// <summary>The new-password form for an account and a reset token (both escaped as query values).</summary>
    /// <param name="userId">Identity account id.</param>
    /// <param name="token">The token from <c>UserManager.GeneratePasswordResetTokenAsync</c>.</param>
    /// <returns>e.g. <c>/dang-nhap/dat-lai-mat-khau?taikhoan=…&amp;ma=…</c>.</returns>
    public static string ResetPassword(string userId, string token) =>
        ResetPasswordTemplate + (QueryString.Create("taikhoan", userId) + QueryString.Create("ma", token)).Value;

    /// <summary>
    /// A page of the article list with only the filters that are set, in the order trangthai, chuyenmuc, tacgia,
    /// q, sapxep, trang.
    /// </summary>
    /// <param name="status">State filter; null for every state but the trash.</param>
    /// <param name="categoryId">Section id, or null.</param>
    /// <param name="authorId">Author's account id, or null/empty.</param>
    /// <param name="text">Words in the title, or null/empty.</param>
    /// <param name="sort">An order's query value (<c>ArticleListQuery.SortNames</c>), or null for the default.</param>
    /// <param name="page">Page from 1; 1 leaves <c>trang</c> out.</param>
    /// <returns>e.g. <c>/admin/bai-viet?trangthai=Trashed</c>.</returns>
    public static string Articles(ArticleStatus? status = null, int? categoryId = null, string? authorId = null, string? text = null, string? sort = null, int page = 1)
    {
        var query = new QueryBuilder();
        ReaderUrls.AddIfSet(query, "trangthai", status?.ToString());
        ReaderUrls.AddIfSet(query, "chuyenmuc", categoryId?.ToString(CultureInfo.InvariantCulture));
        ReaderUrls.AddIfSet(query, "tacgia", authorId);
        ReaderUrls.AddIfSet(query, "q", text);
        ReaderUrls.AddIfSet(query, "sapxep", sort);
        AddPage(query, page);
        return ArticlesTemplate + query.ToQueryString().Value;
    }

    /// <summary>An article's editor (also where its form posts).</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42</c>.</returns>
    public static string ArticleEdit(int id) => ArticlesTemplate + "/" + Id(id);

    /// <summary>An article's preview in the public theme.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/xem-truoc</c>.</returns>
    public static string ArticlePreview(int id) => ArticleEdit(id) + "/xem-truoc";

    /// <summary>The edit form's autosave endpoint (POST JSON): <c>/admin/bai-viet/{id}/tu-luu</c>.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>The path.</returns>
    public static string ArticleAutosave(int id) => ArticleEdit(id) + "/tu-luu";

    /// <summary>"Bỏ qua" the autosave (POST): <c>/admin/bai-viet/{id}/tu-luu/bo-qua</c>.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>The path.</returns>
    public static string ArticleAutosaveDiscard(int id) => ArticleAutosave(id) + "/bo-qua";

    /// <summary>Where a workflow action on an article is posted.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="action">A state-changing action: Submit, PassOn, SendBack, Publish, Unpublish, Trash, Restore or Purge.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/gui-duyet</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is Create or Edit, which have no URL of their own.</exception>
    public static string ArticleAction(int id, WorkflowAction action) => ArticleEdit(id) + "/" + ActionSegment(action);

    /// <summary>The last URL segment of a workflow action (also the edit page's CSS hook <c>workflow-{segment}</c>).</summary>
    /// <param name="action">A state-changing action.</param>
    /// <returns>e.g. <c>gui-duyet</c> for <see cref="WorkflowAction.Submit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is Create or Edit.</exception>
    public static string ActionSegment(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => SubmitSegment,
        WorkflowAction.SendBack => SendBackSegment,
        WorkflowAction.PassOn => PassOnSegment,
        WorkflowAction.Publish => PublishSegment,
        WorkflowAction.Unpublish => UnpublishSegment,
        WorkflowAction.Trash => TrashSegment,
        WorkflowAction.Restore => RestoreSegment,
        WorkflowAction.Purge => PurgeSegment,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Only state-changing actions have a URL."),
    };

    /// <summary>Where a publisher approves an article's pending correction (POST).</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/ban-sua/duyet</c>.</returns>
    public static string ArticleCorrectionApprove(int id) => ArticleEdit(id) + "/ban-sua/duyet";

    /// <summary>Where an article's pending correction is dropped (POST).</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/ban-sua/bo</c>.</returns>
    public static string ArticleCorrectionDiscard(int id) => ArticleEdit(id) + "/ban-sua/bo";

    /// <summary>An article's revision list.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/phien-ban</c>.</returns>
    public static string Revisions(int id) => ArticleEdit(id) + "/phien-ban";

    /// <summary>Two revisions compared; without numbers, the newest against the one before it.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="from">Older revision number (<c>tu</c>), or null.</param>
    /// <param name="to">Newer revision number (<c>den</c>), or null.</param>
    /// <param name="style"><see cref="CompareSideBySide"/>, <see cref="CompareInline"/>, or null for the default.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/phien-ban/so-sanh?tu=1&amp;den=2&amp;kieu=noi-dong</c>.</returns>
    public static string RevisionCompare(int id, int? from = null, int? to = null, string? style = null)
    {
        var query = new QueryBuilder();
        ReaderUrls.AddIfSet(query, "tu", from?.ToString(CultureInfo.InvariantCulture));
        ReaderUrls.AddIfSet(query, "den", to?.ToString(CultureInfo.InvariantCulture));
        ReaderUrls.AddIfSet(query, "kieu", style);
        return Revisions(id) + "/so-sanh" + query.ToQueryString().Value;
    }

    /// <summary>Where restoring a revision is posted.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="number">Revision number.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/phien-ban/3/khoi-phuc</c>.</returns>
    public static string RevisionRestore(int id, int number) => Revisions(id) + "/" + Id(number) + "/khoi-phuc";

    /// <summary>An article's photos page, with the library below.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="figure">The figure a photo is being chosen for (<c>hinh</c>), or null.</param>
    /// <param name="text">Library search words (<c>q</c>), or null/empty.</param>
    /// <param name="page">Library page (<c>trang</c>) from 1; 1 leaves it out.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh?hinh=2</c> or <c>/admin/bai-viet/42/anh?q=cau&amp;trang=2</c>.</returns>
    public static string ArticlePhotos(int id, int? figure = null, string? text = null, int page = 1)
    {
        var query = new QueryBuilder();
        ReaderUrls.AddIfSet(query, "hinh", figure?.ToString(CultureInfo.InvariantCulture));
        ReaderUrls.AddIfSet(query, "q", text);
        AddPage(query, page);
        return ArticleEdit(id) + "/anh" + query.ToQueryString().Value;
    }

    /// <summary>The ways to place one library photo in an article.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="mediaId">Library photo id.</param>
    /// <param name="figure">Figure to preselect for "attach" (<c>hinh</c>), or null.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh/7?hinh=2</c>.</returns>
    public static string ArticlePhotoUse(int id, int mediaId, int? figure = null) =>
        ArticlePhotos(id) + "/" + Id(mediaId) + (figure is { } order ? QueryString.Create("hinh", Id(order)).Value : "");

    /// <summary>Where "make this the lead photo" is posted.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh/dai-dien</c>.</returns>
    public static string ArticlePhotoSetLead(int id) => ArticlePhotos(id) + "/dai-dien";

    /// <summary>Where "insert as a new figure" is posted.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh/chen</c>.</returns>
    public static string ArticlePhotoInsert(int id) => ArticlePhotos(id) + "/chen";

    /// <summary>Where "attach to a figure" is posted.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh/gan</c>.</returns>
    public static string ArticlePhotoAttach(int id) => ArticlePhotos(id) + "/gan";

    /// <summary>Where "remove the lead photo" is posted.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh/bo-dai-dien</c>.</returns>
    public static string ArticlePhotoRemoveLead(int id) => ArticlePhotos(id) + "/bo-dai-dien";

    /// <summary>Where the edit form's editor posts a file or a library photo to add as a body figure.</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh-trong-bai</c>.</returns>
    public static string ArticleBodyPhotoAdd(int id) => ArticleEdit(id) + "/anh-trong-bai";

    /// <summary>Where a body figure's alt text, caption and credit are posted.</summary>
    /// <param name="id">Article id.</param>
    /// <param name="order">Figure order.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh-trong-bai/3</c>.</returns>
    public static string ArticleBodyPhotoDetails(int id, int order) => ArticleBodyPhotoAdd(id) + "/" + Id(order);

    /// <summary>
    /// <see cref="ArticleBodyPhotoDetails(int, int)"/> with the literal <c>{order}</c> left for the script to fill
    /// (the form's <c>data-photo-details</c>, issue 10's contract).
    /// </summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh-trong-bai/{order}</c>.</returns>
    public static string ArticleBodyPhotoDetailsPattern(int id) => ArticleBodyPhotoAdd(id) + "/{order}";

    /// <summary>Where the edit form's "Chọn ảnh đại diện" posts (JSON).</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh-dai-dien</c>.</returns>
    public static string ArticleLeadPhoto(int id) => ArticleEdit(id) + "/anh-dai-dien";

    /// <summary>Where the edit form's "Bỏ ảnh đại diện" posts (JSON).</summary>
    /// <param name="id">Article id.</param>
    /// <returns>e.g. <c>/admin/bai-viet/42/anh-dai-dien/bo</c>.</returns>
    public static string ArticleLeadPhotoRemove(int id) => ArticleLeadPhoto(id) + "/bo";

    /// <summary>Where the new-article form's script creates the draft (JSON answer).</summary>
    public static string ArticleCreateDraft => ArticleCreateDraftTemplate;

    /// <summary>The library as JSON for the editor's photo picker.</summary>
    /// <param name="text">Search words (<c>q</c>), or null/empty.</param>
    /// <param name="page">Page (<c>trang</c>) from 1; 1 leaves it out.</param>
    /// <returns>e.g. <c>/admin/anh/chon</c> or <c>/admin/anh/chon?q=cau&amp;trang=2</c>.</returns>
    public static string MediaPicker(string? text = null, int page = 1)
    {
        var query = new QueryBuilder();
        ReaderUrls.AddIfSet(query, "q", text);
        AddPage(query, page);
        return MediaPickerTemplate + query.ToQueryString().Value;
    }

    /// <summary>A page of the media library, with only the filters that are set, in the order q, thieu-mo-ta, trang.</summary>
    /// <param name="text">Search words, or null/empty.</param>
    /// <param name="missingAltOnly">Only photos still without alt text (<c>thieu-mo-ta=1</c>).</param>
    /// <param name="page">Page (<c>trang</c>) from 1; 1 leaves it out.</param>
    /// <returns>e.g. <c>/admin/anh?thieu-mo-ta=1</c> or <c>/admin/anh?q=cau&amp;trang=2</c>.</returns>
    public static string Media(string? text = null, bool missingAltOnly = false, int page = 1)
    {
        var query = new QueryBuilder();
        ReaderUrls.AddIfSet(query, "q", text);
        ReaderUrls.AddIfSet(query, "thieu-mo-ta", missingAltOnly ? "1" : null);
        AddPage(query, page);
        return MediaTemplate + query.ToQueryString().Value;
    }

    /// <summary>A library photo's page (also where its form posts).</summary>
    /// <param name="id">Photo id.</param>
    /// <returns>e.g. <c>/admin/anh/7</c>.</returns>
    public static string MediaEdit(int id) => MediaTemplate + "/" + Id(id);

    /// <summary>Where deleting a library photo is posted.</summary>
    /// <param name="id">Photo id.</param>
    /// <returns>e.g. <c>/admin/anh/7/xoa</c>.</returns>
    public static string MediaDelete(int id) => MediaEdit(id) + "/xoa";

    /// <summary>A page of the account list.</summary>
    /// <param name="page">Page (<c>trang</c>) from 1; 1 leaves it out.</param>
    /// <returns>e.g. <c>/admin/tai-khoan?trang=2</c>.</returns>
    public static string Users(int page = 1) => page > 1 ? UsersTemplate + "?" + ReaderUrls.PageKey + "=" + Id(page) : UsersTemplate;

    /// <summary>An account's page (also where its form posts).</summary>
    /// <param name="id">Identity user id.</param>
    /// <returns>e.g. <c>/admin/tai-khoan/5f0c…</c>.</returns>
    public static string UserEdit(string id) => UsersTemplate + "/" + ReaderUrls.Segment(id);

    /// <summary>Where ending an account's lockout is posted.</summary>
    /// <param name="id">Identity user id.</param>
    /// <returns>e.g. <c>/admin/tai-khoan/5f0c…/mo-khoa</c>.</returns>
    public static string UserUnlock(string id) => UserEdit(id) + "/mo-khoa";

    /// <summary>Where turning off an account's two-factor sign-in is posted.</summary>
    /// <param name="id">Identity user id.</param>
    /// <returns>e.g. <c>/admin/tai-khoan/5f0c…/tat-xac-thuc-hai-lop</c>.</returns>
    public static string UserTwoFactorOff(string id) => UserEdit(id) + "/tat-xac-thuc-hai-lop";

    /// <summary>
    /// A page of the audit log with only the filters that are set, in the order nguoi, hanhdong, tu, den, ip,
    /// trang. Values are written as given (the filter trims them, <c>AuditFilter.PageUrl</c>); without
    /// arguments, the unfiltered log.
    /// </summary>
    /// <param name="user">Part of the user name (<c>nguoi</c>), or null/empty.</param>
    /// <param name="action">An action name (<c>hanhdong</c>), or null/empty.</param>
    /// <param name="from">First day as typed (<c>tu</c>, dd/MM/yyyy or yyyy-MM-dd), or null/empty.</param>
    /// <param name="to">Last day as typed (<c>den</c>), or null/empty.</param>
    /// <param name="ipAddress">Start of the IP address (<c>ip</c>), or null/empty.</param>
    /// <param name="page">Page (<c>trang</c>) from 1; 1 leaves it out.</param>
    /// <returns>e.g. <c>/admin/nhat-ky</c> or <c>/admin/nhat-ky?nguoi=huong&amp;tu=25%2F04%2F2024&amp;trang=2</c>.</returns>
    public static string Audit(string? user = null, string? action = null, string? from = null, string? to = null, string? ipAddress = null, int page = 1)
    {
        var query = new QueryBuilder();
        ReaderUrls.AddIfSet(query, "nguoi", user);
        ReaderUrls.AddIfSet(query, "hanhdong", action);
        ReaderUrls.AddIfSet(query, "tu", from);
        ReaderUrls.AddIfSet(query, "den", to);
        ReaderUrls.AddIfSet(query, "ip", ipAddress);
        AddPage(query, page);
        return AuditTemplate + query.ToQueryString().Value;
    }

    /// <summary>The section list.</summary>
    public static string Categories => CategoriesTemplate;

    /// <summary>The new-section form.</summary>
    public static string CategoryCreate => CategoryCreateTemplate;

    /// <summary>A section's form (also where it posts).</summary>
    /// <param name="id">Section id.</param>
    /// <returns>e.g. <c>/admin/chuyen-muc/3</c>.</returns>
    public static string CategoryEdit(int id) => CategoriesTemplate + "/" + Id(id);

    /// <summary>Where "Lên"/"Xuống" is posted.</summary>
    /// <param name="id">Section id.</param>
    /// <returns>e.g. <c>/admin/chuyen-muc/3/di-chuyen</c>.</returns>
    public static string CategoryMove(int id) => CategoryEdit(id) + "/di-chuyen";

    /// <summary>Where deleting a section is posted.</summary>
    /// <param name="id">Section id.</param>
    /// <returns>e.g. <c>/admin/chuyen-muc/3/xoa</c>.</returns>
    public static string CategoryDelete(int id) => CategoryEdit(id) + "/xoa";

    /// <summary>A page of the tag list.</summary>
    /// <param name="text">Search words (<c>q</c>), or null/empty.</param>
    /// <param name="page">Page (<c>trang</c>) from 1; 1 leaves it out.</param>
    /// <returns>e.g. <c>/admin/tu-khoa?q=nong&amp;trang=2</c>.</returns>
    public static string Tags(string? text = null, int page = 1)
    {
        var query = new QueryBuilder();
        ReaderUrls.AddIfSet(query, "q", text);
        AddPage(query, page);
        return TagsTemplate + query.ToQueryString().Value;
    }

    /// <summary>A tag's page (rename posts here).</summary>
    /// <param name="id">Tag id.</param>
    /// <returns>e.g. <c>/admin/tu-khoa/7</c>.</returns>
    public static string TagEdit(int id) => TagsTemplate + "/" + Id(id);

    /// <summary>Where merging a tag into another is posted.</summary>
    /// <param name="id">Tag id.</param>
    /// <returns>e.g. <c>/admin/tu-khoa/7/gop</c>.</returns>
    public static string TagMerge(int id) => TagEdit(id) + "/gop";

    /// <summary>Where deleting a tag is posted.</summary>
    /// <param name="id">Tag id.</param>
    /// <returns>e.g. <c>/admin/tu-khoa/7/xoa</c>.</returns>
    public static string TagDelete(int id) => TagEdit(id) + "/xoa";

    /// <summary>The sign-in form.</summary>
    /// <param name="returnUrl">Local path to go to after signing in, or null (the dashboard).</param>
    /// <returns>e.g. <c>/dang-nhap?returnUrl=%2Fadmin%2Fho-so</c>.</returns>
    public static string SignIn(string? returnUrl = null) => SignInTemplate + Return(returnUrl);

    /// <summary>The authenticator-code step.</summary>
    /// <param name="returnUrl">Local path to go to after signing in, or null.</param>
    /// <returns>e.g. <c>/dang-nhap/ma-xac-thuc?returnUrl=%2Fadmin</c>.</returns>
    public static string SignInCode(string? returnUrl = null) => SignInCodeTemplate + Return(returnUrl);

    /// <summary>The recovery-code step.</summary>
    /// <param name="returnUrl">Local path to go to after signing in, or null.</param>
    /// <returns>e.g. <c>/dang-nhap/ma-khoi-phuc?returnUrl=%2Fadmin</c>.</returns>
    public static string SignInRecovery(string? returnUrl = null) => SignInRecoveryTemplate + Return(returnUrl);

    /// <summary>Site settings (Administrators), the form and its POST: <c>/admin/cai-dat-trang</c>.</summary>
    public const string SiteSettingsTemplate = HomeTemplate + "/cai-dat-trang";

    /// <summary>Site pages (Administrators): <c>/admin/trang</c>.</summary>
    public const string SitePagesTemplate = HomeTemplate + "/trang";

    /// <summary>New Vietnamese page, the form and its POST: <c>/admin/trang/tao-moi</c>.</summary>
    public const string SitePageCreateTemplate = SitePagesTemplate + "/tao-moi";

    /// <summary>A page's form and its POST: <c>/admin/trang/{id}</c>.</summary>
    public const string SitePageEditTemplate = SitePagesTemplate + "/{id:int}";

    /// <summary>New English version of Vietnamese page {id}, the form and its POST: <c>/admin/trang/{id}/ban-tieng-anh</c>.</summary>
    public const string SitePageEnglishTemplate = SitePageEditTemplate + "/ban-tieng-anh";

    /// <summary>POST delete a page (a Vietnamese page with its English version): <c>/admin/trang/{id}/xoa</c>.</summary>
    public const string SitePageDeleteTemplate = SitePageEditTemplate + "/xoa";

    /// <summary>Site settings.</summary>
    public static string SiteSettings => SiteSettingsTemplate;

    /// <summary>Site pages list.</summary>
    public static string SitePages => SitePagesTemplate;

    /// <summary>New Vietnamese page.</summary>
    public static string SitePageCreate => SitePageCreateTemplate;

    /// <summary>A page's form.</summary>
    /// <param name="id">Page id.</param>
    /// <returns>e.g. <c>/admin/trang/3</c>.</returns>
    public static string SitePageEdit(int id) => SitePagesTemplate + "/" + Id(id);

    /// <summary>New English version of a Vietnamese page.</summary>
    /// <param name="id">The Vietnamese page's id.</param>
    /// <returns>e.g. <c>/admin/trang/3/ban-tieng-anh</c>.</returns>
    public static string SitePageEnglish(int id) => SitePageEdit(id) + "/ban-tieng-anh";

    /// <summary>Delete a page.</summary>
    /// <param name="id">Page id.</param>
    /// <returns>e.g. <c>/admin/trang/3/xoa</c>.</returns>
    public static string SitePageDelete(int id) => SitePageEdit(id) + "/xoa";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    // Page 1 is the list itself, so each admin list page has one URL, as the reader lists do (ReaderUrls.WithPage).
    private static void AddPage(QueryBuilder query, int page)
    {
        if (page > 1)
        {
            query.Add(ReaderUrls.PageKey, Id(page));
        }
    }

    private static string Return(string? returnUrl) =>
        returnUrl is null ? "" : QueryString.Create(ReaderUrls.ReturnUrlKey, returnUrl).Value!;
}
