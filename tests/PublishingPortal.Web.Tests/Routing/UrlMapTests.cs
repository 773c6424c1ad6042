using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Routing;

namespace PublishingPortal.Web.Tests.Routing;

/// <summary>
/// The URL map against the app's real route table (the endpoints MVC registered): every builder, with ordinary,
/// Vietnamese and hostile values, routes to exactly the template it is meant for (HTTP method, constraints and
/// literal-before-parameter precedence as the router applies them) and gives its values back intact; every
/// registered route is one of the map's <c>…Template</c> constants and every constant is registered.
/// </summary>
public sealed class UrlMapTests : IClassFixture<EmptyPortalFactory>
{
    // Slugs as stored, as a reader might type one, and with every character that could change a URL's shape
    // ("/" is left out: servers keep %2F encoded in the path, and slugs never contain one).
    private static readonly string[] Slugs = ["hoi-nghi-2024", "tin-tức đông điền", "a?b#c&d=e%f+g"];
    private static readonly int[] Ids = [1, 42, int.MaxValue];
    private static readonly string[] UserIds = ["5f0c2b1e-8d3a-4c55-9a77-0b1e2d3c4f5a", "người dùng?#"];
    private static readonly string[] Words = ["lễ hội", "(a & b) = c #1 / 2+3"];

    private readonly IReadOnlyList<Route> _routes;

    public UrlMapTests(EmptyPortalFactory factory)
    {
        var policies = factory.Services.GetRequiredService<ParameterPolicyFactory>();
        _routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>() is not { SuppressMatching: true })
            .Select(e => Route.From(e, policies))
            .ToList();
    }

    [Fact]
    public void EveryBuilder_RoutesToItsOwnTemplate_WithItsValuesIntact()
    {
        Assert.NotEmpty(_routes);
        var failures = new List<string>();
        foreach (var test in Cases())
        {
            var (path, query) = Split(test.Url);
            var matches = _routes
                .Where(r => r.Methods is null || r.Methods.Contains(test.Method))
                .Select(r => (Route: r, Values: r.Match(path)))
                .Where(m => m.Values is not null)
                .ToList();
            if (matches.Count == 0)
            {
                failures.Add($"{test.Method} {test.Url}: no route (expected {test.Template})");
                continue;
            }

            // The router prefers the most specific template (a literal segment over a parameter): lowest precedence value.
            var best = matches.Min(m => m.Route.Precedence);
            var winners = matches.Where(m => m.Route.Precedence == best).ToList();
            if (winners.Count != 1 || winners[0].Route.Template != test.Template)
            {
                failures.Add($"{test.Method} {test.Url}: routed to {string.Join(" | ", winners.Select(w => w.Route.Template))}, expected {test.Template}");
                continue;
            }

            var values = winners[0].Values!;
            foreach (var (key, expected) in test.RouteValues)
            {
                if (!string.Equals(values[key]?.ToString(), expected, StringComparison.Ordinal))
                {
                    failures.Add($"{test.Method} {test.Url}: route value {key} = \"{values[key]}\", expected \"{expected}\"");
                }
            }

            var parsed = QueryHelpers.ParseQuery(query);
            var expectedQuery = string.Join("&", test.Query.Select(p => p.Key + "=" + p.Value));
            var actualQuery = string.Join("&", parsed.Select(p => p.Key + "=" + p.Value));
            if (expectedQuery != actualQuery)
            {
                failures.Add($"{test.Method} {test.Url}: query {actualQuery}, expected {expectedQuery}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void RegisteredRoutes_AreExactlyTheMapsTemplateConstants()
    {
        var constants = TemplateConstants();
        var registered = _routes.Select(r => r.Template).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(constants.Count, constants.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(registered.Except(constants, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Empty(constants.Except(registered, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Builders_CoverEveryRegisteredRouteAndMethod()
    {
        var cases = Cases().ToList();
        var uncovered = _routes
            .SelectMany(r => (r.Methods ?? ["*"]).Select(m => (r.Template, Method: m)))
            // HEAD is added to every GET route (HeadAsGetConvention, tested in HeadRequestTests): a GET case covers it.
            .Where(p => !cases.Any(c => c.Template == p.Template && (p.Method == "*" || c.Method == p.Method || (p.Method == "HEAD" && c.Method == "GET"))))
            .Select(p => p.Method + " " + p.Template)
            .Order(StringComparer.Ordinal);

        Assert.Empty(uncovered);
    }

    private static List<string> TemplateConstants() =>
        [.. new[] { typeof(ReaderUrls), typeof(AdminUrls), typeof(OperationsUrls) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.EndsWith("Template", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)];

    private static (string Path, string Query) Split(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? url : url[..question];
        // As the server sees it: Request.Path is unescaped (except %2F) before routing.
        return (PathString.FromUriComponent(path).Value!, question < 0 ? "" : url[question..]);
    }

    private static IEnumerable<UrlCase> Cases()
    {
        yield return Get(ReaderUrls.Home, ReaderUrls.HomeTemplate);
        yield return Get(ReaderUrls.Search(), ReaderUrls.SearchTemplate);
        yield return Get(ReaderUrls.SearchSuggestions("hội ngh"), ReaderUrls.SearchSuggestionsTemplate).Q("q", "hội ngh");
        yield return Get(ReaderUrls.Feeds, ReaderUrls.FeedsTemplate);
        yield return Get(ReaderUrls.SiteFeed, ReaderUrls.FeedTemplate).With("slug", ReaderUrls.SiteFeedSlug);
        yield return Get(ReaderUrls.SitemapIndex, ReaderUrls.SitemapIndexTemplate);
        yield return Get(ReaderUrls.SitemapSections, ReaderUrls.SitemapSectionsTemplate);
        yield return Get(ReaderUrls.NewsSitemap, ReaderUrls.NewsSitemapTemplate);
        yield return Get(ReaderUrls.Robots, ReaderUrls.RobotsTemplate);
        yield return Get(OperationsUrls.Liveness, OperationsUrls.LivenessTemplate);
        yield return Get(OperationsUrls.Readiness, OperationsUrls.ReadinessTemplate);
        foreach (var slug in Slugs)
        {
            yield return Get(ReaderUrls.Article(slug), ReaderUrls.ArticleTemplate).With("slug", slug);
            yield return Get(ReaderUrls.ArticleFile(slug), ReaderUrls.ArticleFileTemplate).With("slug", slug);
            yield return Get(ReaderUrls.Section(slug), ReaderUrls.SectionTemplate).With("slug", slug);
            yield return Get(ReaderUrls.Section(slug, 3), ReaderUrls.SectionTemplate).With("slug", slug).Q("trang", "3");
            yield return Get(ReaderUrls.Tag(slug), ReaderUrls.TagTemplate).With("slug", slug);
            yield return Get(ReaderUrls.Tag(slug, 2), ReaderUrls.TagTemplate).With("slug", slug).Q("trang", "2");
            yield return Get(ReaderUrls.Feed(slug), ReaderUrls.FeedTemplate).With("slug", slug);
            yield return Get(ReaderUrls.SitePage(slug), ReaderUrls.SitePageTemplate).With("slug", slug);
            yield return Get(ReaderUrls.SitePage(slug, "en"), ReaderUrls.EnglishPageTemplate).With("slug", slug);
        }

        foreach (var words in Words)
        {
            yield return Get(ReaderUrls.Search(words), ReaderUrls.SearchTemplate).Q("q", words);
            yield return Get(ReaderUrls.Search(" " + words + " ", "thoi-su", "01/02/2024", "29/02/2024", 4), ReaderUrls.SearchTemplate)
                .Q("q", words).Q("chuyenmuc", "thoi-su").Q("tu", "01/02/2024").Q("den", "29/02/2024").Q("trang", "4");
        }

        foreach (var change in new[] { ReaderUrls.FontSizeLarger, ReaderUrls.FontSizeSmaller, ReaderUrls.FontSizeDefault })
        {
            yield return Get(ReaderUrls.FontSize(change, ReaderUrls.Article(Slugs[1])), ReaderUrls.FontSizeTemplate)
                .With("change", change).Q("returnUrl", ReaderUrls.Article(Slugs[1]));
        }

        foreach (var id in Ids)
        {
            var n = Text(id);
            yield return Post(ReaderUrls.ViewCount(id), ReaderUrls.ViewCountTemplate).With("id", n);
            yield return Get(ReaderUrls.ViewPixel(id), ReaderUrls.ViewPixelTemplate).With("id", n);
            yield return Get(ReaderUrls.SitemapArticles(id), ReaderUrls.SitemapArticlesTemplate).With("part", n);

            yield return Get(AdminUrls.ArticleEdit(id), AdminUrls.ArticleEditTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleEdit(id), AdminUrls.ArticleEditTemplate).With("id", n);
            yield return Get(AdminUrls.ArticlePreview(id), AdminUrls.ArticlePreviewTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAutosave(id), AdminUrls.ArticleAutosaveTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAutosaveDiscard(id), AdminUrls.ArticleAutosaveDiscardTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAction(id, WorkflowAction.Submit), AdminUrls.ArticleSubmitTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAction(id, WorkflowAction.SendBack), AdminUrls.ArticleSendBackTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAction(id, WorkflowAction.PassOn), AdminUrls.ArticlePassOnTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleCorrectionApprove(id), AdminUrls.ArticleCorrectionApproveTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleCorrectionDiscard(id), AdminUrls.ArticleCorrectionDiscardTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAction(id, WorkflowAction.Publish), AdminUrls.ArticlePublishTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAction(id, WorkflowAction.Unpublish), AdminUrls.ArticleUnpublishTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAction(id, WorkflowAction.Trash), AdminUrls.ArticleTrashTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAction(id, WorkflowAction.Restore), AdminUrls.ArticleRestoreTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleAction(id, WorkflowAction.Purge), AdminUrls.ArticlePurgeTemplate).With("id", n);
            yield return Get(AdminUrls.Revisions(id), AdminUrls.RevisionsTemplate).With("id", n);
            yield return Get(AdminUrls.RevisionCompare(id), AdminUrls.RevisionCompareTemplate).With("id", n);
            yield return Get(AdminUrls.RevisionCompare(id, 2, 5, AdminUrls.CompareInline), AdminUrls.RevisionCompareTemplate)
                .With("id", n).Q("tu", "2").Q("den", "5").Q("kieu", AdminUrls.CompareInline);
            yield return Post(AdminUrls.RevisionRestore(id, 7), AdminUrls.RevisionRestoreTemplate).With("id", n).With("n", "7");
            yield return Get(AdminUrls.ArticlePhotos(id), AdminUrls.ArticlePhotosTemplate).With("id", n);
            yield return Get(AdminUrls.ArticlePhotos(id, 2, Words[1], 1), AdminUrls.ArticlePhotosTemplate)
                .With("id", n).Q("hinh", "2").Q("q", Words[1]);
            yield return Get(AdminUrls.ArticlePhotos(id, 2, Words[1], 4), AdminUrls.ArticlePhotosTemplate)
                .With("id", n).Q("hinh", "2").Q("q", Words[1]).Q("trang", "4");
            yield return Get(AdminUrls.ArticlePhotoUse(id, 9), AdminUrls.ArticlePhotoUseTemplate).With("id", n).With("mediaId", "9");
            yield return Get(AdminUrls.ArticlePhotoUse(id, 9, 3), AdminUrls.ArticlePhotoUseTemplate).With("id", n).With("mediaId", "9").Q("hinh", "3");
            yield return Post(AdminUrls.ArticlePhotoSetLead(id), AdminUrls.ArticlePhotoSetLeadTemplate).With("id", n);
            yield return Post(AdminUrls.ArticlePhotoInsert(id), AdminUrls.ArticlePhotoInsertTemplate).With("id", n);
            yield return Post(AdminUrls.ArticlePhotoAttach(id), AdminUrls.ArticlePhotoAttachTemplate).With("id", n);
            yield return Post(AdminUrls.ArticlePhotoRemoveLead(id), AdminUrls.ArticlePhotoRemoveLeadTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleBodyPhotoAdd(id), AdminUrls.ArticleBodyPhotoAddTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleBodyPhotoDetails(id, 3), AdminUrls.ArticleBodyPhotoDetailsTemplate).With("id", n).With("order", "3");
            yield return Post(AdminUrls.ArticleLeadPhoto(id), AdminUrls.ArticleLeadPhotoTemplate).With("id", n);
            yield return Post(AdminUrls.ArticleLeadPhotoRemove(id), AdminUrls.ArticleLeadPhotoRemoveTemplate).With("id", n);
            yield return Get(AdminUrls.MediaEdit(id), AdminUrls.MediaEditTemplate).With("id", n);
            yield return Post(AdminUrls.MediaEdit(id), AdminUrls.MediaEditTemplate).With("id", n);
            yield return Post(AdminUrls.MediaDelete(id), AdminUrls.MediaDeleteTemplate).With("id", n);
            yield return Get(AdminUrls.SitePageEdit(id), AdminUrls.SitePageEditTemplate).With("id", n);
            yield return Post(AdminUrls.SitePageEdit(id), AdminUrls.SitePageEditTemplate).With("id", n);
            yield return Get(AdminUrls.SitePageEnglish(id), AdminUrls.SitePageEnglishTemplate).With("id", n);
            yield return Post(AdminUrls.SitePageEnglish(id), AdminUrls.SitePageEnglishTemplate).With("id", n);
            yield return Post(AdminUrls.SitePageDelete(id), AdminUrls.SitePageDeleteTemplate).With("id", n);
        }

        foreach (var code in new[] { 403, 404, 500 })
        {
            yield return Get(ReaderUrls.Error(code), ReaderUrls.ErrorTemplate).With("code", Text(code));
            yield return Post(ReaderUrls.Error(code), ReaderUrls.ErrorTemplate).With("code", Text(code));
        }

        // What status-code re-execution turns the format into.
        yield return Get(ReaderUrls.ErrorPathFormat.Replace("{0}", "404", StringComparison.Ordinal), ReaderUrls.ErrorTemplate).With("code", "404");

        yield return Get(AdminUrls.Home, AdminUrls.HomeTemplate);
        yield return Get(AdminUrls.Articles(), AdminUrls.ArticlesTemplate);
        yield return Get(AdminUrls.Articles(ArticleStatus.Trashed), AdminUrls.ArticlesTemplate).Q("trangthai", "Trashed");
        yield return Get(AdminUrls.Articles(ArticleStatus.Draft, 3, UserIds[1], Words[1], "tieu-de", 2), AdminUrls.ArticlesTemplate)
            .Q("trangthai", "Draft").Q("chuyenmuc", "3").Q("tacgia", UserIds[1]).Q("q", Words[1]).Q("sapxep", "tieu-de").Q("trang", "2");
        yield return Get(AdminUrls.ArticleCreate, AdminUrls.ArticleCreateTemplate);
        yield return Post(AdminUrls.ArticleCreate, AdminUrls.ArticleCreateTemplate);
        yield return Post(AdminUrls.ArticleCreateDraft, AdminUrls.ArticleCreateDraftTemplate);
        yield return Get(AdminUrls.ArticleFromWord, AdminUrls.ArticleFromWordTemplate);
        yield return Post(AdminUrls.ArticleFromWord, AdminUrls.ArticleFromWordTemplate);
        yield return Post(AdminUrls.ArticleMarkdownPreview, AdminUrls.ArticleMarkdownPreviewTemplate);
        yield return Get(AdminUrls.Media(), AdminUrls.MediaTemplate);
        yield return Get(AdminUrls.Media(missingAltOnly: true), AdminUrls.MediaTemplate).Q("thieu-mo-ta", "1");
        yield return Get(AdminUrls.Media(Words[0], true, 3), AdminUrls.MediaTemplate).Q("q", Words[0]).Q("thieu-mo-ta", "1").Q("trang", "3");
        yield return Post(AdminUrls.MediaUpload, AdminUrls.MediaUploadTemplate);
        yield return Get(AdminUrls.MediaPicker(), AdminUrls.MediaPickerTemplate);
        yield return Get(AdminUrls.MediaPicker("cau", 2), AdminUrls.MediaPickerTemplate).Q("q", "cau").Q("trang", "2");
        yield return Get(AdminUrls.SiteSettings, AdminUrls.SiteSettingsTemplate);
        yield return Post(AdminUrls.SiteSettings, AdminUrls.SiteSettingsTemplate);
        yield return Get(AdminUrls.SitePages, AdminUrls.SitePagesTemplate);
        yield return Get(AdminUrls.SitePageCreate, AdminUrls.SitePageCreateTemplate);
        yield return Post(AdminUrls.SitePageCreate, AdminUrls.SitePageCreateTemplate);
        yield return Get(AdminUrls.Users(), AdminUrls.UsersTemplate);
        yield return Get(AdminUrls.Users(2), AdminUrls.UsersTemplate).Q("trang", "2");
        yield return Get(AdminUrls.UserCreate, AdminUrls.UserCreateTemplate);
        yield return Post(AdminUrls.UserCreate, AdminUrls.UserCreateTemplate);
        foreach (var user in UserIds)
        {
            yield return Get(AdminUrls.UserEdit(user), AdminUrls.UserEditTemplate).With("id", user);
            yield return Post(AdminUrls.UserEdit(user), AdminUrls.UserEditTemplate).With("id", user);
            yield return Post(AdminUrls.UserUnlock(user), AdminUrls.UserUnlockTemplate).With("id", user);
            yield return Post(AdminUrls.UserTwoFactorOff(user), AdminUrls.UserTwoFactorOffTemplate).With("id", user);
        }

        yield return Get(AdminUrls.Categories, AdminUrls.CategoriesTemplate);
        yield return Get(AdminUrls.CategoryCreate, AdminUrls.CategoryCreateTemplate);
        yield return Post(AdminUrls.CategoryCreate, AdminUrls.CategoryCreateTemplate);
        yield return Get(AdminUrls.CategoryEdit(3), AdminUrls.CategoryEditTemplate).With("id", "3");
        yield return Post(AdminUrls.CategoryEdit(3), AdminUrls.CategoryEditTemplate).With("id", "3");
        yield return Post(AdminUrls.CategoryMove(3), AdminUrls.CategoryMoveTemplate).With("id", "3");
        yield return Post(AdminUrls.CategoryDelete(3), AdminUrls.CategoryDeleteTemplate).With("id", "3");
        yield return Get(AdminUrls.Tags(), AdminUrls.TagsTemplate);
        yield return Get(AdminUrls.Tags("nông nghiệp", 2), AdminUrls.TagsTemplate).Q("q", "nông nghiệp").Q("trang", "2");
        yield return Get(AdminUrls.TagEdit(7), AdminUrls.TagEditTemplate).With("id", "7");
        yield return Post(AdminUrls.TagEdit(7), AdminUrls.TagEditTemplate).With("id", "7");
        yield return Post(AdminUrls.TagMerge(7), AdminUrls.TagMergeTemplate).With("id", "7");
        yield return Post(AdminUrls.TagDelete(7), AdminUrls.TagDeleteTemplate).With("id", "7");
        yield return Get(AdminUrls.Profile, AdminUrls.ProfileTemplate);
        yield return Post(AdminUrls.Password, AdminUrls.PasswordTemplate);
        yield return Get(AdminUrls.TwoFactor, AdminUrls.TwoFactorTemplate);
        yield return Post(AdminUrls.TwoFactor, AdminUrls.TwoFactorTemplate);
        yield return Post(AdminUrls.TwoFactorKey, AdminUrls.TwoFactorKeyTemplate);
        yield return Post(AdminUrls.TwoFactorOff, AdminUrls.TwoFactorOffTemplate);
        yield return Get(AdminUrls.Audit(), AdminUrls.AuditTemplate);
        yield return Get(AdminUrls.Audit(UserIds[1], "sign-in", "25/04/2024", "2024-04-30", "10.0.", 2), AdminUrls.AuditTemplate)
            .Q("nguoi", UserIds[1]).Q("hanhdong", "sign-in").Q("tu", "25/04/2024").Q("den", "2024-04-30").Q("ip", "10.0.").Q("trang", "2");

        const string back = "/admin/bai-viet?trang=2&q=lễ hội";
        yield return Get(AdminUrls.SignIn(), AdminUrls.SignInTemplate);
        yield return Get(AdminUrls.SignIn(back), AdminUrls.SignInTemplate).Q("returnUrl", back);
        yield return Post(AdminUrls.SignIn(), AdminUrls.SignInTemplate);
        yield return Get(AdminUrls.SignInCode(back), AdminUrls.SignInCodeTemplate).Q("returnUrl", back);
        yield return Post(AdminUrls.SignInCode(), AdminUrls.SignInCodeTemplate);
        yield return Get(AdminUrls.SignInRecovery(back), AdminUrls.SignInRecoveryTemplate).Q("returnUrl", back);
        yield return Post(AdminUrls.SignInRecovery(), AdminUrls.SignInRecoveryTemplate);
        yield return Post(AdminUrls.SignOut, AdminUrls.SignOutTemplate);
        yield return Get(AdminUrls.ForgotPassword, AdminUrls.ForgotPasswordTemplate);
        yield return Post(AdminUrls.ForgotPassword, AdminUrls.ForgotPasswordTemplate);
        yield return Get(AdminUrls.ResetPassword(UserIds[1], "CfDJ8+a/b=="), AdminUrls.ResetPasswordTemplate).Q("taikhoan", UserIds[1]).Q("ma", "CfDJ8+a/b==");
        yield return Post(AdminUrls.ResetPasswordTemplate, AdminUrls.ResetPasswordTemplate);
        yield return Get(AdminUrls.Notifications(), AdminUrls.NotificationsTemplate);
        yield return Get(AdminUrls.Notifications(3), AdminUrls.NotificationsTemplate).Q("trang", "3");
        yield return Post(AdminUrls.NotificationsRead, AdminUrls.NotificationsReadTemplate);
        yield return Post(AdminUrls.NotificationRead(long.MaxValue), AdminUrls.NotificationReadTemplate).With("id", long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return Post(AdminUrls.ProfileEmail, AdminUrls.ProfileEmailTemplate);
    }

    private static string Text(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static UrlCase Get(string url, string template) => new("GET", url, template, [], []);

    private static UrlCase Post(string url, string template) => new("POST", url, template, [], []);

    private sealed record UrlCase(string Method, string Url, string Template, List<KeyValuePair<string, string>> RouteValues, List<KeyValuePair<string, string>> Query)
    {
        public UrlCase With(string key, string value)
        {
            RouteValues.Add(new(key, value));
            return this;
        }

        public UrlCase Q(string key, string value)
        {
            Query.Add(new(key, value));
            return this;
        }
    }

    private sealed record Route(string Template, IReadOnlyList<string>? Methods, decimal Precedence, TemplateMatcher Matcher, IReadOnlyList<(string Name, IRouteConstraint Constraint)> Constraints)
    {
        public static Route From(RouteEndpoint endpoint, ParameterPolicyFactory policies)
        {
            var pattern = endpoint.RoutePattern;
            var template = new RouteTemplate(pattern);
            var constraints = pattern.Parameters
                .SelectMany(p => p.ParameterPolicies.Select(r => (p.Name, Policy: policies.Create(p, r))))
                .Select(p => (p.Name, Constraint: Assert.IsAssignableFrom<IRouteConstraint>(p.Policy)))
                .ToList();
            return new Route(
                "/" + (pattern.RawText ?? "").TrimStart('/'),
                endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList(),
                RoutePrecedence.ComputeInbound(template),
                new TemplateMatcher(template, new RouteValueDictionary(pattern.Defaults)),
                constraints);
        }

        // The route values when the (unescaped) path matches the template and every constraint; otherwise null.
        public RouteValueDictionary? Match(string path)
        {
            var values = new RouteValueDictionary();
            if (!Matcher.TryMatch(path, values))
            {
                return null;
            }

            return Constraints.All(c => c.Constraint.Match(null, null, c.Name, values, RouteDirection.IncomingRequest)) ? values : null;
        }
    }
}
