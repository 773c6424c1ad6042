using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace PublishingPortal.Web.ViewCounting;

/// <summary>
/// Counts article views in memory between database writes, so a busy article costs one UPDATE per
/// flush instead of one per reader. Requests from crawlers and tools (by User-Agent) are ignored.
/// A crash loses at most one flush interval of counts; counts are statistics, never the only copy of content.
/// </summary>
public sealed partial class ViewCountBuffer
{
    private readonly ConcurrentDictionary<int, long> _pending = new();
    private readonly int _max;

    /// <summary>Creates the buffer.</summary>
    /// <param name="options">Capacity.</param>
    public ViewCountBuffer(IOptions<ViewCountOptions> options)
    {
        _max = options.Value.MaxBufferedArticles;
    }

    /// <summary>Whether a User-Agent belongs to a crawler, preview fetcher or tool (empty counts as a bot).</summary>
    /// <param name="userAgent">The request's User-Agent header.</param>
    /// <returns>True for bots.</returns>
    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || BotAgent().IsMatch(userAgent);

    /// <summary>Counts one view.</summary>
    /// <param name="articleId">Article id (positive).</param>
    /// <returns>False when the id is not positive or the buffer is full.</returns>
    public bool Add(int articleId)
    {
        if (articleId <= 0 || (_pending.Count >= _max && !_pending.ContainsKey(articleId)))
        {
            return false;
        }

        _pending.AddOrUpdate(articleId, 1, (_, n) => n + 1);
        return true;
    }

    /// <summary>Takes every pending count out of the buffer.</summary>
    /// <returns>Article id → views since the last drain.</returns>
    public IReadOnlyDictionary<int, long> Drain()
    {
        var taken = new Dictionary<int, long>();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var n))
            {
                taken[id] = n;
            }
        }

        return taken;
    }

    /// <summary>Puts counts back after a failed write, so they are retried.</summary>
    /// <param name="counts">What <see cref="Drain"/> returned.</param>
    public void Restore(IReadOnlyDictionary<int, long> counts)
    {
        foreach (var (id, n) in counts)
        {
            _pending.AddOrUpdate(id, n, (_, m) => m + n);
        }
    }

    [GeneratedRegex(@"bot|crawl|spider|slurp|facebookexternalhit|zalo.*(preview|crawler)|preview|headless|lighthouse|curl|wget|python|java/|okhttp|go-http|httpclient|libwww|monitor|scan", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BotAgent();
}
