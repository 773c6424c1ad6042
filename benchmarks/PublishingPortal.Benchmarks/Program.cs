using BenchmarkDotNet.Running;

// Run in Release: dotnet run -c Release --project benchmarks/PublishingPortal.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(PublishingPortal.Benchmarks.VariantBenchmarks).Assembly).Run(args);
