using System.Globalization;
using System.Net;

namespace PublishingPortal.Web.Tests.Monitoring;

/// <summary>One response of the Prometheus endpoint (text exposition format), read sample by sample.</summary>
internal sealed class PrometheusScrape
{
    private readonly List<(string Name, string Labels, double Value)> _samples;

    private PrometheusScrape(string text, List<(string Name, string Labels, double Value)> samples)
    {
        Text = text;
        _samples = samples;
    }

    public string Text { get; }

    public static async Task<PrometheusScrape> GetAsync(HttpClient client, string path = "/metrics")
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static PrometheusScrape Parse(string text)
    {
        var samples = new List<(string, string, double)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // name{label="value",…} 12.5 [timestamp]
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var nameEnd = brace >= 0 && brace < space ? brace : space;
            var labelsEnd = brace >= 0 && brace < space ? line.LastIndexOf('}') + 1 : nameEnd;
            var rest = line[labelsEnd..].Trim().Split(' ');
            samples.Add((line[..nameEnd], line[nameEnd..labelsEnd], double.Parse(rest[0], CultureInfo.InvariantCulture)));
        }

        return new PrometheusScrape(text, samples);
    }

    public bool Has(string name) => _samples.Exists(s => s.Name == name);

    /// <summary>Sum of every sample of <paramref name="name"/> whose labels contain <paramref name="labelPart"/>; 0 when none.</summary>
    public double Sum(string name, string labelPart = "") =>
        _samples.Where(s => s.Name == name && s.Labels.Contains(labelPart, StringComparison.Ordinal)).Sum(s => s.Value);
}
