using Microsoft.AspNetCore.Authorization;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Web.Newsroom;

/// <summary>
/// Asks whether the signed-in user may put an article into a section (create it there, or move it there), for
/// <see cref="ArticleEditor"/>'s checks: the question goes to the same authorization handler as every other
/// (<see cref="WorkflowRefusal.MayPlaceInAsync"/>, issue 11). Outside a request (a console import) there is nobody to
/// limit and the answer is yes; role checks stay the callers'.
/// </summary>
public sealed class SectionGate
{
    private readonly IAuthorizationService _authorization;
    private readonly IHttpContextAccessor _http;

    /// <summary>Creates the gate.</summary>
    /// <param name="authorization">The authorization service.</param>
    /// <param name="http">The current request, for its user.</param>
    public SectionGate(IAuthorizationService authorization, IHttpContextAccessor http)
    {
        _authorization = authorization;
        _http = http;
    }

    /// <summary>
    /// Whether the user may change what readers see of the article (<see cref="WorkflowRefusal.MayPublishLiveAsync"/>);
    /// outside a request, whether the acting role may publish (the schedule and the importer act for a publisher).
    /// </summary>
    /// <param name="article">The stored article.</param>
    /// <param name="actor">The acting user, for the answer outside a request.</param>
    /// <returns>True when allowed.</returns>
    public async Task<bool> MayPublishLiveAsync(Article article, Core.Workflow.Actor actor)
    {
        var user = _http.HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true
            ? await _authorization.MayPublishLiveAsync(user, article)
            : Core.Workflow.ArticleWorkflow.MayPublish(actor);
    }

    /// <summary>Whether the user may put the article into the section.</summary>
    /// <param name="article">The stored article, or null for one being created.</param>
    /// <param name="categoryId">The section chosen, or null for none.</param>
    /// <returns>True when allowed (always outside a request).</returns>
    public async Task<bool> MayPlaceInAsync(Article? article, int? categoryId)
    {
        var user = _http.HttpContext?.User;
        return user?.Identity?.IsAuthenticated != true || await _authorization.MayPlaceInAsync(user, article, categoryId);
    }
}
