using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Articles;
using PublishingPortal.Core.Importing;

namespace PublishingPortal.Core;

/// <summary>Registers the newsroom services that need no web host.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers <see cref="SiteTimeZone"/> (from <c>Site:TimeZone</c>, default Asia/Ho_Chi_Minh),
    /// <see cref="ArticleBodyRenderer"/>, <see cref="LegacyArticleConverter"/> and <see cref="TimeProvider"/>.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="timeZoneId">IANA id of the site's zone; null or blank for the default.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="TimeZoneNotFoundException">The id is unknown to the system's tz database.</exception>
    public static IServiceCollection AddPortalCore(this IServiceCollection services, string? timeZoneId)
    {
        services.AddSingleton(new SiteTimeZone(string.IsNullOrWhiteSpace(timeZoneId) ? SiteTimeZone.DefaultId : timeZoneId));
        services.AddSingleton<ArticleBodyRenderer>();
        services.AddSingleton<LegacyArticleConverter>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
