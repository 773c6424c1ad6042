namespace PublishingPortal.Browser.Tests.Infrastructure;

/// <summary>
/// Where the browser tests leave files for people to look at: <c>$TEST_ARTIFACTS</c> when set (CI points it
/// at the repository's <c>TestResults</c>), otherwise <c>TestResults</c> under the test output folder.
/// </summary>
public static class TestArtifacts
{
    /// <summary>Name of the environment variable that moves the artefact folder.</summary>
    public const string EnvironmentVariable = "TEST_ARTIFACTS";

    /// <summary>Full path of a screenshot file in <c>{artefacts}/screenshots/</c>; the folder is created.</summary>
    /// <param name="fileName">File name, e.g. <c>font-size-larger.png</c>.</param>
    /// <returns>The absolute path.</returns>
    public static string ScreenshotPath(string fileName)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var root = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "TestResults")
            : Path.GetFullPath(configured);
        var folder = Path.Combine(root, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
