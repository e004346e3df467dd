// Applies a plan of SCRAM users and ACLs to the local broker in one JVM (infra/local/up.sh runs it
// with the Kafka jars on the class path: `java -cp '<kafka>/lib/*' KafkaIdentities.java ...`).
//
//   KafkaIdentities.java BOOTSTRAP ADMIN_CLIENT_PROPERTIES PLAN_FILE SUPER_USER
//
// PLAN_FILE lines (written by components.sh from infra/kafka/principals.conf):
//   user NAME PASSWORD                                   -> SCRAM-SHA-512 credential (upsert)
//   acl NAME TOPIC|GROUP LITERAL|PREFIXED RESOURCE OP    -> ALLOW NAME to OP on RESOURCE, any host
// The broker ends up with exactly the plan's ACLs: any other ACL (of anyone but SUPER_USER) is
// deleted, so a grant taken out of principals.conf is taken off the broker too. Idempotent.

import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

public class KafkaIdentities {
  private static final int SCRAM_ITERATIONS = 8192;

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: KafkaIdentities.java BOOTSTRAP ADMIN_CLIENT_PROPERTIES PLAN_FILE SUPER_USER");
      System.exit(2);
    }
    Properties props = new Properties();
    try (FileReader reader = new FileReader(args[1])) {
      props.load(reader);
    }
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    String superUser = "User:" + args[3];

    List<UserScramCredentialAlteration> users = new ArrayList<>();
    Set<AclBinding> wanted = new HashSet<>();
    for (String line : Files.readAllLines(Path.of(args[2]))) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 3 && f[0].equals("user")) {
        users.add(new UserScramCredentialUpsertion(
            f[1], new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), f[2]));
      } else if (f.length == 6 && f[0].equals("acl")) {
        ResourcePattern resource =
            new ResourcePattern(ResourceType.valueOf(f[2]), f[4], PatternType.valueOf(f[3]));
        wanted.add(new AclBinding(resource, new AccessControlEntry(
            "User:" + f[1], "*", AclOperation.valueOf(f[5]), AclPermissionType.ALLOW)));
      } else if (!line.isBlank()) {
        throw new IllegalArgumentException("bad plan line: " + f[0] + " ...");
      }
    }

    try (Admin admin = Admin.create(props)) {
      admin.alterUserScramCredentials(users).all().get();
      Set<AclBinding> present = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get());
      List<AclBindingFilter> stale = new ArrayList<>();
      for (AclBinding binding : present) {
        if (!wanted.contains(binding) && !binding.entry().principal().equals(superUser)) {
          stale.add(binding.toFilter());
        }
      }
      if (!stale.isEmpty()) {
        admin.deleteAcls(stale).all().get();
      }
      List<AclBinding> missing = new ArrayList<>(wanted);
      missing.removeAll(present);
      if (!missing.isEmpty()) {
        admin.createAcls(missing).all().get();
      }
      System.out.printf("kafka identities: %d SCRAM users upserted, %d ACLs (%d added, %d removed)%n",
          users.size(), wanted.size(), missing.size(), stale.size());
    }
  }
}
