using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace PublishingPortal.Web.Infrastructure;

/// <summary>
/// Lets every action that answers <c>GET</c> answer <c>HEAD</c> too (RFC 9110 §9.3.2: a server should answer
/// HEAD wherever it answers GET, with the same headers and no body). Attribute routes built from
/// <c>[HttpGet]</c> accept only GET, so without this <c>HEAD /</c> answers 405 and uptime probes and link
/// checkers that use HEAD see every page as broken. The server (Kestrel) drops the body of a HEAD response;
/// antiforgery never checks HEAD, and the output cache keys HEAD apart from GET.
/// </summary>
public sealed class HeadAsGetConvention : IApplicationModelConvention
{
    /// <summary>Adds HEAD to each selector whose methods include GET and not HEAD.</summary>
    /// <param name="application">The MVC application model, after the default providers built it.</param>
    public void Apply(ApplicationModel application)
    {
        foreach (var selector in application.Controllers.SelectMany(c => c.Actions).SelectMany(a => a.Selectors))
        {
            // Endpoint routing matches on the metadata; the action constraint is kept in step for anything that reads it.
            for (var i = 0; i < selector.EndpointMetadata.Count; i++)
            {
                if (selector.EndpointMetadata[i] is HttpMethodMetadata metadata && WithHead(metadata.HttpMethods) is { } methods)
                {
                    selector.EndpointMetadata[i] = new HttpMethodMetadata(methods, metadata.AcceptCorsPreflight);
                }
            }

            for (var i = 0; i < selector.ActionConstraints.Count; i++)
            {
                if (selector.ActionConstraints[i] is HttpMethodActionConstraint constraint && WithHead(constraint.HttpMethods) is { } methods)
                {
                    selector.ActionConstraints[i] = new HttpMethodActionConstraint(methods);
                }
            }
        }
    }

    // The methods with HEAD added after GET, or null when there is nothing to add.
    private static List<string>? WithHead(IEnumerable<string> methods)
    {
        var list = methods.ToList();
        return list.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !list.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase)
            ? [.. list, HttpMethods.Head]
            : null;
    }
}
