namespace PublishingPortal.Core.Tests.Importing;

/// <summary>
/// A theory over the real legacy exports kept beside the repository. When they are not there (a clone
/// without the shared folder) the theory is reported as skipped with the reason, rather than failing
/// or passing without checking anything. <c>PORTAL_SHARED_FIXTURES</c> can point at the folder.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedSamplesTheoryAttribute : TheoryAttribute
{
    public SharedSamplesTheoryAttribute()
    {
        if (LegacyArticleParserSampleTests.FindSampleFolder() is null)
        {
            Skip = $"shared/fixtures/legacy-articles was not found above {AppContext.BaseDirectory} and PORTAL_SHARED_FIXTURES is not set";
        }
    }
}
