using System.Buffers.Binary;

namespace PublishingPortal.Web.Imaging;

/// <summary>
/// Format and pixel size of an image read straight from its header bytes, before any decoder sees the
/// file, so a decompression bomb (a tiny file claiming billions of pixels) is refused for the price of
/// reading a few bytes. JPEG: the first SOFn segment (APPn segments skipped by their lengths); PNG: IHDR;
/// GIF: the logical screen; WebP: the VP8, VP8L or VP8X header.
/// </summary>
/// <param name="Format">Detected format.</param>
/// <param name="Width">Declared width in pixels (stored orientation).</param>
/// <param name="Height">Declared height in pixels (stored orientation; one frame).</param>
public sealed record ImageHeader(ImageFormat Format, long Width, long Height)
{
    // 0x89 is not ASCII: written as bytes, not as a UTF-8 literal (which would encode it in two bytes).
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width × height as declared.</summary>
    public long Pixels => Width * Height;

    /// <summary>Detects the format from the first bytes only.</summary>
    /// <param name="head">The first bytes of the file (12 are enough).</param>
    /// <returns>The format, or null when the bytes start no JPEG, PNG, GIF or WebP.</returns>
    public static ImageFormat? DetectFormat(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (head.StartsWith(PngSignature))
        {
            return ImageFormat.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return ImageFormat.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.Webp;
        }

        return null;
    }

    /// <summary>Reads the header of a seekable stream positioned anywhere; the position is not restored.</summary>
    /// <param name="stream">The file, readable and seekable.</param>
    /// <returns>The header, or null when the format is unknown.</returns>
    /// <exception cref="InvalidDataException">A known format whose header is cut short or malformed.</exception>
    public static ImageHeader? Read(Stream stream)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[32];
        var read = ReadAtMost(stream, head);
        head = head[..read];
        var format = DetectFormat(head);
        return format switch
        {
            null => null,
            ImageFormat.Png => Png(head),
            ImageFormat.Gif => Gif(head),
            ImageFormat.Webp => Webp(head),
            _ => Jpeg(stream),
        };
    }

    private static ImageHeader Png(ReadOnlySpan<byte> head)
    {
        // Signature (8), then the first chunk must be IHDR: length 13, type, width, height (big-endian).
        if (head.Length < 24 || !head[12..16].SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("PNG without IHDR");
        }

        return new ImageHeader(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(head[16..]), BinaryPrimitives.ReadUInt32BigEndian(head[20..]));
    }

    private static ImageHeader Gif(ReadOnlySpan<byte> head)
    {
        if (head.Length < 10)
        {
            throw new InvalidDataException("GIF header cut short");
        }

        return new ImageHeader(ImageFormat.Gif, BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
    }

    private static ImageHeader Webp(ReadOnlySpan<byte> head)
    {
        if (head.Length < 30)
        {
            throw new InvalidDataException("WebP header cut short");
        }

        var chunk = head[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height (2 bits of scale each).
            if (head[23] != 0x9D || head[24] != 0x01 || head[25] != 0x2A)
            {
                throw new InvalidDataException("VP8 start code missing");
            }

            return new ImageHeader(ImageFormat.Webp, BinaryPrimitives.ReadUInt16LittleEndian(head[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            // Signature 0x2F, then width-1 (14 bits) and height-1 (14 bits), little-endian bit order.
            if (head[20] != 0x2F)
            {
                throw new InvalidDataException("VP8L signature missing");
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(head[21..]);
            return new ImageHeader(ImageFormat.Webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Flags (1), reserved (3), canvas width-1 (24 bits), canvas height-1 (24 bits).
            var width = head[24] | (head[25] << 8) | (head[26] << 16);
            var height = head[27] | (head[28] << 8) | (head[29] << 16);
            return new ImageHeader(ImageFormat.Webp, width + 1L, height + 1L);
        }

        throw new InvalidDataException("unknown WebP chunk");
    }

    private static ImageHeader Jpeg(Stream stream)
    {
        stream.Position = 2;
        Span<byte> marker = stackalloc byte[2];
        Span<byte> frame = stackalloc byte[7];
        while (true)
        {
            if (ReadAtMost(stream, marker[..1]) != 1)
            {
                throw new InvalidDataException("JPEG ends before a frame header");
            }

            if (marker[0] != 0xFF)
            {
                throw new InvalidDataException("JPEG marker expected");
            }

            // Any number of 0xFF fill bytes may precede a marker code.
            int code;
            do
            {
                code = stream.ReadByte();
            }
            while (code == 0xFF);

            if (code < 0)
            {
                throw new InvalidDataException("JPEG ends before a frame header");
            }

            // Markers without a length: TEM, RSTn, SOI, EOI.
            if (code is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                continue;
            }

            if (code is 0xD9 or 0xDA)
            {
                throw new InvalidDataException("JPEG has no frame header before its data");
            }

            if (ReadAtMost(stream, marker) != 2)
            {
                throw new InvalidDataException("JPEG segment length cut short");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(marker);
            if (length < 2)
            {
                throw new InvalidDataException("JPEG segment length invalid");
            }

            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
            if (code is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (length < 8 || ReadAtMost(stream, frame) != frame.Length)
                {
                    throw new InvalidDataException("JPEG frame header cut short");
                }

                return new ImageHeader(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(frame[3..]), BinaryPrimitives.ReadUInt16BigEndian(frame[1..]));
            }

            stream.Seek(length - 2, SeekOrigin.Current);
        }
    }

    private static int ReadAtMost(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
