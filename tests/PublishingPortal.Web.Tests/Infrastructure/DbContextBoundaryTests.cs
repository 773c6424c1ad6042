using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Razor.Internal;
using Microsoft.EntityFrameworkCore;

namespace PublishingPortal.Web.Tests.Infrastructure;

/// <summary>
/// The house style's boundary (docs: STYLE.md, "a view component … does not open the DbContext itself"; issue 8:
/// "no controller or view component opens the DbContext"): controllers, view components and Razor views reach the
/// database only through a feature's query or write service. Read from the compiled Web assembly, so a new
/// constructor parameter, field or <c>@inject</c> of a context fails here.
/// </summary>
public sealed class DbContextBoundaryTests
{
    private static readonly Type[] WebTypes = typeof(Program).Assembly.GetTypes();

    [Fact]
    public void ControllersAndViewComponents_TakeNoDbContext()
    {
        var holders = WebTypes
            .Where(t => !t.IsAbstract && (typeof(ControllerBase).IsAssignableFrom(t) || typeof(ViewComponent).IsAssignableFrom(t)))
            .ToList();

        Assert.Contains(holders, t => t.Name == "ArticlesController");
        Assert.Contains(holders, t => t.Name == "BanTinViewDataViewComponent");
        Assert.Empty(holders.Where(OpensDbContext).Select(t => t.FullName));
    }

    [Fact]
    public void RazorViews_InjectNoDbContext()
    {
        var views = WebTypes.Where(t => !t.IsAbstract && typeof(RazorPageBase).IsAssignableFrom(t)).ToList();
        var injecting = views
            .Where(v => v.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(p => p.GetCustomAttribute<RazorInjectAttribute>() is not null && typeof(DbContext).IsAssignableFrom(p.PropertyType)))
            .Select(v => v.FullName);

        // @inject does reach these properties: the views that inject the site's time zone are among them.
        Assert.Contains(views, v => v.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Any(p => p.GetCustomAttribute<RazorInjectAttribute>() is not null && p.PropertyType == typeof(Core.Articles.SiteTimeZone)));
        Assert.Empty(injecting);
    }

    private static bool OpensDbContext(Type type) =>
        type.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => typeof(DbContext).IsAssignableFrom(p.ParameterType))
        || type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance).Any(f => typeof(DbContext).IsAssignableFrom(f.FieldType))
        || type.GetProperties(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance).Any(p => typeof(DbContext).IsAssignableFrom(p.PropertyType));
}
