using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

#pragma warning disable IDE0130 // Shared with the Web tests as a linked file; one namespace for both.
namespace PublishingPortal.Tests.Word;
#pragma warning restore IDE0130

/// <summary>
/// Writes small .docx files in code with the OpenXML SDK, the way Word structures them: styles for
/// Heading 1–3 and Caption, a bullet and a decimal numbering definition, inline pictures. Also the
/// hostile ones: macro-enabled, encrypted (an OLE compound file), a ZIP bomb.
/// </summary>
public sealed class DocxBuilder
{
    private readonly List<Action<MainDocumentPart, Body>> _steps = [];
    private uint _pictureId;

    /// <summary>A paragraph of one run.</summary>
    public DocxBuilder Paragraph(string text, bool bold = false, bool italic = false, string? style = null, bool right = false) =>
        Add((_, body) => body.Append(Para(style, right, Run(text, bold, italic))));

    /// <summary>A paragraph of several runs.</summary>
    public DocxBuilder Runs(params (string Text, bool Bold, bool Italic)[] runs) =>
        Add((_, body) => body.Append(Para(null, false, runs.Select(r => (OpenXmlElement)Run(r.Text, r.Bold, r.Italic)).ToArray())));

    /// <summary>A paragraph with a hyperlink in the middle.</summary>
    public DocxBuilder Link(string before, string text, string url, string after) => Add((main, body) =>
    {
        var relationship = main.AddHyperlinkRelationship(new Uri(url), true);
        body.Append(Para(null, false, Run(before), new Hyperlink(Run(text)) { Id = relationship.Id }, Run(after)));
    });

    /// <summary>A paragraph in the Heading N style.</summary>
    public DocxBuilder Heading(int level, string text) => Paragraph(text, style: "Heading" + level);

    /// <summary>A list item at a level (0 = top), bulleted (numbering 1) or numbered (numbering 2).</summary>
    public DocxBuilder ListItem(string text, int level = 0, bool ordered = false) => Add((_, body) =>
        body.Append(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = ordered ? 2 : 1 })),
            Run(text))));

    /// <summary>A paragraph holding one inline picture.</summary>
    public DocxBuilder Image(byte[] content, string contentType = "image/png", string description = "") => Add((main, body) =>
    {
        var part = main.AddImagePart(contentType);
        using (var stream = new MemoryStream(content))
        {
            part.FeedData(stream);
        }

        body.Append(new Paragraph(new Run(Picture(main.GetIdOfPart(part), ++_pictureId, description))));
    });

    /// <summary>A table, first row as header.</summary>
    public DocxBuilder Table(params string[][] rows) => Add((_, body) =>
        body.Append(new Table(rows.Select(r => new TableRow(r.Select(c => new TableCell(new Paragraph(Run(c)))))))));

    /// <summary>A one-row table whose second cell holds an inline picture.</summary>
    public DocxBuilder TableWithImage(string text, byte[] content) => Add((main, body) =>
    {
        var part = main.AddImagePart("image/png");
        using (var stream = new MemoryStream(content))
        {
            part.FeedData(stream);
        }

        body.Append(new Table(new TableRow(
            new TableCell(new Paragraph(Run(text))),
            new TableCell(new Paragraph(new Run(Picture(main.GetIdOfPart(part), ++_pictureId, "")))))));
    });

    /// <summary>The .docx bytes.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddStyles(main);
            AddNumbering(main);
            foreach (var step in _steps)
            {
                step(main, main.Document.Body!);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A macro-enabled document (.docm): its type and a vbaProject part.</summary>
    public static byte[] MacroEnabled()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.MacroEnabledDocument))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(Run("Bài có macro"))));
            var vba = main.AddNewPart<VbaProjectPart>();
            using var data = new MemoryStream(Encoding.ASCII.GetBytes("Attribute VB_Name = \"ThisDocument\""));
            vba.FeedData(data);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// What Word writes for a password-protected .docx: an OLE compound file (header D0 CF 11 E0 A1 B1 1A E1)
    /// whose directory names the "EncryptedPackage" stream. Enough of one for a reader to recognise.
    /// </summary>
    public static byte[] Encrypted()
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1152);
        return bytes;
    }

    /// <summary>A valid document plus one extra part of <paramref name="zeros"/> zero bytes (a few KB compressed).</summary>
    public static byte[] Bomb(long zeros)
    {
        var docx = new DocxBuilder().Paragraph("Tiêu đề bình thường").Build();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry("word/media/padding.bin", CompressionLevel.SmallestSize);
            using var target = entry.Open();
            var chunk = new byte[1 << 20];
            for (long written = 0; written < zeros; written += chunk.Length)
            {
                target.Write(chunk, 0, (int)Math.Min(chunk.Length, zeros - written));
            }
        }

        return stream.ToArray();
    }

    /// <summary>A ZIP whose first bytes are right and whose middle is garbage.</summary>
    public static byte[] Corrupt()
    {
        var bytes = new DocxBuilder().Paragraph("Tiêu đề").Paragraph("Một đoạn văn đủ dài để bị cắt.").Build();
        for (var i = 40; i < bytes.Length - 40; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        return bytes;
    }

    private DocxBuilder Add(Action<MainDocumentPart, Body> step)
    {
        _steps.Add(step);
        return this;
    }

    private static Paragraph Para(string? style, bool right, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (right)
        {
            properties.Append(new Justification { Val = JustificationValues.Right });
        }

        return new Paragraph(content.Prepend(properties));
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Drawing Picture(string relationshipId, uint id, string description) =>
        new(new DW.Inline(
            new DW.Extent { Cx = 990000L, Cy = 792000L },
            new DW.DocProperties { Id = id, Name = "Picture " + id, Description = description },
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = "image" + id },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 990000L, Cy = 792000L }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = new Styles();
        foreach (var (id, name) in new[] { ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Heading3", "heading 3"), ("Caption", "caption") })
        {
            styles.Append(new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id });
        }

        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        static AbstractNum Abstract(int id, NumberFormatValues format) => new(
            Enumerable.Range(0, 3).Select(l => new Level(new NumberingFormat { Val = format }, new LevelText { Val = format == NumberFormatValues.Bullet ? "•" : "%" + (l + 1) + "." }) { LevelIndex = l }))
        { AbstractNumberId = id };

        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            Abstract(10, NumberFormatValues.Bullet),
            Abstract(20, NumberFormatValues.Decimal),
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
    }
}
