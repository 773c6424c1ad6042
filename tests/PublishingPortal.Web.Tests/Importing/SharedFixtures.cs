namespace PublishingPortal.Web.Tests.Importing;

/// <summary>Finds <c>shared/fixtures/legacy-articles</c>, the real legacy export kept beside the repository.</summary>
internal static class SharedFixtures
{
    public static string? LegacyArticlesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("PORTAL_SHARED_FIXTURES");
        if (!string.IsNullOrEmpty(configured) && Directory.Exists(Path.Combine(configured, "legacy-articles")))
        {
            return Path.Combine(configured, "legacy-articles");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "legacy-articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static TheoryData<string> LegacyFiles()
    {
        var data = new TheoryData<string>();
        var folder = LegacyArticlesFolder();
        if (folder is null)
        {
            // xunit 2 cannot skip at run time; a sentinel row fails with a clear message instead of passing vacuously.
            data.Add("(shared/fixtures/legacy-articles not found above " + AppContext.BaseDirectory + ")");
            return data;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
