using Microsoft.Extensions.Configuration;
using Npgsql;
using PublishingPortal.Web.Importing;

namespace PublishingPortal.Web.Tests.Importing;

/// <summary>
/// The import command's own host on PostgreSQL commits without waiting for each disk flush (issue 12: 100,000
/// articles in under 10 minutes); other providers and options already in the connection string are left as they are.
/// </summary>
public sealed class ImportHostSettingsTests
{
    [Fact]
    public void PostgreSql_ConnectionStringGetsSynchronousCommitOff_KeepsItsOwnOptions()
    {
        var configuration = Configuration("PostgreSql", "Host=127.0.0.1;Database=portal;Options=-c statement_timeout=0");

        ImportCommand.ConfigureHost(configuration);

        var options = new NpgsqlConnectionStringBuilder(configuration["ConnectionStrings:Portal"]);
        Assert.Equal("-c statement_timeout=0 -c synchronous_commit=off", options.Options);
        Assert.Equal("portal", options.Database);
    }

    [Theory]
    [InlineData("Sqlite", "Data Source=portal.db")]
    [InlineData("SqlServer", "Server=.;Database=portal")]
    public void OtherProviders_ConnectionStringUnchanged(string provider, string connectionString)
    {
        var configuration = Configuration(provider, connectionString);

        ImportCommand.ConfigureHost(configuration);

        Assert.Equal(connectionString, configuration["ConnectionStrings:Portal"]);
    }

    private static IConfiguration Configuration(string provider, string connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Portal"] = connectionString,
        }).Build();
}
