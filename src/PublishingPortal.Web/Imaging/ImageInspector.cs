using System.Buffers;
using System.Globalization;
using System.Text;
using NetVips;

namespace PublishingPortal.Web.Imaging;

/// <summary>
/// Decides whether a file may enter the media library, cheapest checks first, so hostile files cost
/// almost nothing: size in bytes; markup (SVG, HTML, XML, script) at the start; the format from magic
/// bytes and the pixel count from the header (<see cref="ImageHeader"/>), both before any decoder runs;
/// the libvips loader must agree with the magic bytes; no HTML, script or appended archive anywhere in
/// the file (polyglots); frames of animations; finally one full decode at reduced size that fails on
/// truncation. Never trusts the file name or the type the browser claims.
/// </summary>
public sealed class ImageInspector
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly CompositeFormat MegabytesFormat = CompositeFormat.Parse("{0:0.#} MB");

    // Lower-case ASCII; matched case-insensitively after a '<'. Not "<?xml": XMP metadata is XML.
    private static readonly byte[][] MarkupTokens =
    [
        "<script"u8.ToArray(), "<html"u8.ToArray(), "<svg"u8.ToArray(), "<?php"u8.ToArray(), "<!doctype"u8.ToArray(),
        "<iframe"u8.ToArray(), "<body"u8.ToArray(), "<object"u8.ToArray(), "<embed"u8.ToArray(), "<head"u8.ToArray(),
    ];

    private readonly long _maxBytes;
    private readonly long _maxPixels;
    private readonly int _maxFrames;

    /// <summary>Creates the inspector.</summary>
    /// <param name="maxBytes">Largest file, in bytes.</param>
    /// <param name="maxPixels">Largest frame, width × height.</param>
    /// <param name="maxFrames">Most frames in an animation.</param>
    public ImageInspector(long maxBytes, long maxPixels, int maxFrames)
    {
        _maxBytes = maxBytes;
        _maxPixels = maxPixels;
        _maxFrames = maxFrames;
        Libvips.EnsureConfigured();
    }

    /// <summary>The message for a file larger than the limit (also used before the file is read).</summary>
    /// <param name="displayName">File name to show.</param>
    /// <param name="maxBytes">The limit in bytes.</param>
    /// <returns>One Vietnamese sentence.</returns>
    public static string TooLargeMessage(string displayName, long maxBytes) =>
        $"{displayName}: tệp lớn hơn giới hạn {Megabytes(maxBytes)} cho mỗi ảnh.";

    /// <summary>Checks a file; reads it, never changes it.</summary>
    /// <param name="path">The file (a temporary copy of the upload).</param>
    /// <param name="displayName">Name to put in messages (the uploaded file name, as text only).</param>
    /// <returns>What the file is.</returns>
    /// <exception cref="InvalidImageException">Refused; <see cref="InvalidImageException.Reason"/> says why and the message says it in Vietnamese.</exception>
    public InspectedImage Inspect(string path, string displayName)
    {
        var bytes = new FileInfo(path).Length;
        if (bytes == 0)
        {
            throw Refuse(ImageRefusal.Empty, $"{displayName}: tệp rỗng (0 byte), không có ảnh nào trong đó.");
        }

        if (bytes > _maxBytes)
        {
            throw Refuse(ImageRefusal.TooLarge, TooLargeMessage(displayName, _maxBytes));
        }

        ImageHeader? header;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess))
        {
            if (StartsWithMarkup(stream))
            {
                throw Refuse(ImageRefusal.Markup, $"{displayName}: đây là tệp SVG, HTML hoặc mã script, không phải ảnh. Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.");
            }

            try
            {
                header = ImageHeader.Read(stream);
            }
            catch (InvalidDataException ex)
            {
                throw Refuse(ImageRefusal.Corrupt, CorruptMessage(displayName), ex);
            }
        }

        if (header is null)
        {
            throw Refuse(ImageRefusal.UnknownType, UnknownTypeMessage(displayName));
        }

        CheckPixels(displayName, header.Width, header.Height);
        if (Libvips.FormatOfLoader(Image.FindLoad(path)) != header.Format)
        {
            throw Refuse(ImageRefusal.UnknownType, UnknownTypeMessage(displayName));
        }

        CheckForHiddenContent(path, displayName);
        return Decode(path, displayName, header.Format, bytes);
    }

    private InspectedImage Decode(string path, string displayName, ImageFormat format, long bytes)
    {
        try
        {
            int width, height, frames;
            var swap = false;
            using (var image = Image.NewFromFile(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated))
            {
                width = image.Width;
                height = image.PageHeight;
                frames = image.Contains("n-pages") ? (int)image.Get("n-pages") : 1;
                if (image.Contains("orientation"))
                {
                    swap = (int)image.Get("orientation") is >= 5 and <= 8;
                }
            }

            // The decoder's view can differ from the raw header (a GIF frame larger than its screen).
            CheckPixels(displayName, width, height);
            if (frames > _maxFrames)
            {
                throw Refuse(ImageRefusal.TooManyFrames, string.Create(
                    Vietnamese, $"{displayName}: ảnh động có {frames:N0} khung hình, vượt giới hạn {_maxFrames:N0} khung hình."));
            }

            // Every byte decoded once, at reduced size (JPEG shrink-on-load), failing on truncated data.
            using (var probe = Image.Thumbnail(path, 64, height: 64, size: Enums.Size.Down, failOn: Enums.FailOn.Truncated))
            {
                _ = probe.Avg();
            }

            return swap
                ? new InspectedImage(format, bytes, height, width, frames)
                : new InspectedImage(format, bytes, width, height, frames);
        }
        catch (VipsException ex)
        {
            throw Refuse(ImageRefusal.Corrupt, CorruptMessage(displayName), ex);
        }
    }

    private void CheckPixels(string displayName, long width, long height)
    {
        if (width <= 0 || height <= 0)
        {
            throw Refuse(ImageRefusal.Corrupt, CorruptMessage(displayName));
        }

        if (width * height > _maxPixels)
        {
            throw Refuse(ImageRefusal.TooManyPixels, string.Create(
                Vietnamese,
                $"{displayName}: ảnh khai báo {width:N0} × {height:N0} điểm ảnh, vượt giới hạn {_maxPixels:N0} điểm ảnh; ảnh không được giải mã."));
        }
    }

    // BOM and whitespace, then '<': an SVG, HTML or XML document, whatever its name says.
    private static bool StartsWithMarkup(Stream stream)
    {
        Span<byte> head = stackalloc byte[256];
        stream.Position = 0;
        var read = stream.Read(head);
        var text = head[..read];
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        var i = 0;
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < text.Length && text[i] == (byte)'<';
    }

    // Polyglots: HTML or script anywhere (a browser sniffing the file would run it), or a ZIP archive
    // appended to the image (GIFAR-style). Variants are re-encoded anyway; refusing keeps the originals clean.
    // Read in 64 KiB windows; the last bytes of each window are carried into the next, so a token
    // split across two reads is still seen.
    private static void CheckForHiddenContent(string path, string displayName)
    {
        const int window = 64 * 1024;
        var carry = MarkupTokens.Max(t => t.Length) - 1;
        var buffer = ArrayPool<byte>.Shared.Rent(window + Math.Max(carry, 22));
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var kept = 0;
            int read;
            while ((read = stream.Read(buffer, kept, window)) > 0)
            {
                var data = buffer.AsSpan(0, kept + read);
                if (ContainsMarkup(data))
                {
                    throw Refuse(ImageRefusal.Polyglot, PolyglotMessage(displayName));
                }

                kept = Math.Min(carry, data.Length);
                data[^kept..].CopyTo(buffer);
            }

            // ZIP end-of-central-directory record (PK 05 06) within the last 64 KiB + 22 bytes.
            var tailLength = (int)Math.Min(stream.Length, window + 22);
            stream.Seek(-tailLength, SeekOrigin.End);
            var tail = buffer.AsSpan(0, tailLength);
            stream.ReadExactly(tail);
            if (tail.IndexOf("PK\x05\x06"u8) >= 0)
            {
                throw Refuse(ImageRefusal.Polyglot, PolyglotMessage(displayName));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool ContainsMarkup(ReadOnlySpan<byte> data)
    {
        var at = 0;
        while (at < data.Length)
        {
            var next = data[at..].IndexOf((byte)'<');
            if (next < 0)
            {
                return false;
            }

            at += next;
            foreach (var token in MarkupTokens)
            {
                if (StartsWithIgnoreCase(data[at..], token))
                {
                    return true;
                }
            }

            at++;
        }

        return false;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> data, ReadOnlySpan<byte> lowerToken)
    {
        if (data.Length < lowerToken.Length)
        {
            return false;
        }

        for (var i = 0; i < lowerToken.Length; i++)
        {
            var b = data[i];
            if (b is >= (byte)'A' and <= (byte)'Z')
            {
                b = (byte)(b | 0x20);
            }

            if (b != lowerToken[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Megabytes(long bytes) =>
        string.Format(Vietnamese, MegabytesFormat, bytes / 1024d / 1024d);

    private static string UnknownTypeMessage(string displayName) =>
        $"{displayName}: không phải ảnh JPEG, PNG, WebP hoặc GIF (loại tệp được nhận biết theo nội dung, không theo tên tệp).";

    private static string CorruptMessage(string displayName) =>
        $"{displayName}: ảnh bị hỏng hoặc không đầy đủ (có thể tệp bị cắt ngang khi sao chép hoặc tải lên), không đọc được.";

    private static string PolyglotMessage(string displayName) =>
        $"{displayName}: tệp ảnh có chứa mã HTML, script hoặc dữ liệu nén giấu bên trong, nên không được nhận.";

    private static InvalidImageException Refuse(ImageRefusal reason, string message, Exception? inner = null) => new(reason, message, inner);
}
