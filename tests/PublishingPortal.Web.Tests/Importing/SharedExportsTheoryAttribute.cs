namespace PublishingPortal.Web.Tests.Importing;

/// <summary>
/// A theory over the real legacy exports kept beside the repository; skipped with the reason when the
/// folder is not there (issue #2: "import every file … when that folder exists").
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedExportsTheoryAttribute : TheoryAttribute
{
    public SharedExportsTheoryAttribute()
    {
        if (SharedFixtures.LegacyArticlesFolder() is null)
        {
            Skip = $"shared/fixtures/legacy-articles was not found above {AppContext.BaseDirectory} and PORTAL_SHARED_FIXTURES is not set";
        }
    }
}
